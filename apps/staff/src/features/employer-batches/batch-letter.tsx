import { useQuery } from "@tanstack/react-query";
import { Loading } from "@yibao/ui";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpc } from "../../trpc";
import { batchFailureMessage } from "./batch-failure-message";

type Letter = RouterOutputs["staff"]["employerBatches"]["letter"];
type LetterFacts = NonNullable<
  RouterOutputs["staff"]["employerBatches"]["get"]["letters"]["batch"]
>;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * A PDF in the browser's own viewer, from a blob: URL made of the bytes and the type the server
 * read from them (never the file's name); the URL is let go when the viewer closes.
 */
function PdfLetter({ letter }: { letter: Letter }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(
      new Blob([bytesOf(letter.base64)], { type: letter.contentType }),
    );
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [letter]);
  return url ? (
    <iframe
      className="letter-frame"
      src={url}
      title={t("employerBatches.letters.frameTitle", { fileName: letter.fileName })}
    />
  ) : null;
}

/** One letter of introduction: what it is, and a viewer opened on request (reading it is audited). */
export function BatchLetter({
  batchId,
  of,
  facts,
}: {
  batchId: string;
  of: "BATCH" | "AGENT";
  facts: LetterFacts | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const letter = useQuery({
    ...trpc.staff.employerBatches.letter.queryOptions({ batchId, of }),
    enabled: open,
    // The bytes are large and the read is audited: once per opening.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  return (
    <div className="batch-letter">
      <h3>{t(`employerBatches.letters.${of}`)}</h3>
      {facts ? (
        <>
          <p className="batch-detail">
            {facts.fileName} ·{" "}
            {t("employerBatches.letters.size", { kb: Math.ceil(facts.bytes / 1024) })}
          </p>
          <button
            type="button"
            className="button button-small"
            aria-expanded={open}
            onClick={() => setOpen((shown) => !shown)}
          >
            {open
              ? t("employerBatches.letters.hide")
              : t("employerBatches.letters.show", { fileName: facts.fileName })}
          </button>
        </>
      ) : (
        <p className="muted">{t("employerBatches.letters.none")}</p>
      )}
      {open && letter.isPending ? <Loading /> : null}
      {open && letter.isError ? (
        <div className="notice notice-error" role="alert">
          <p>{batchFailureMessage(t, letter.error)}</p>
        </div>
      ) : null}
      {open && letter.data ? (
        letter.data.contentType === "application/pdf" ? (
          <PdfLetter letter={letter.data} />
        ) : (
          <img
            className="letter-image"
            src={`data:${letter.data.contentType};base64,${letter.data.base64}`}
            alt={t("employerBatches.letters.imageAlt", { fileName: letter.data.fileName })}
          />
        )
      ) : null}
    </div>
  );
}
