import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormAlert } from "../forms/form-alert";
import { batchFailureMessage } from "./batch-failure-message";
import type { BatchReport } from "./batch-report-types";
import { employerTrpc } from "./employer-api";
import { FileField } from "./file-field";
import { sendUpload } from "./send-upload";

const letterTypes = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

interface BatchLetterProps {
  batchId: string;
  letter: BatchReport["letter"];
}

/**
 * The letter of introduction (单位介绍信) a batch needs before it is submitted: sent to POST
 * /uploads and attached; the server judges its type from its bytes and its size.
 */
export function BatchLetter({ batchId, letter }: BatchLetterProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const attach = useMutation({
    mutationFn: async (chosen: File) => {
      const sent = await sendUpload(chosen);
      return trpcClient.employer.batches.attachLetter.mutate({ batchId, uploadId: sent.uploadId });
    },
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: employerTrpc.employer.batches.get.queryKey({ batchId }),
      }),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissing(file === null);
    if (file) attach.mutate(file);
  }

  return (
    <section className="section" aria-labelledby="letter-heading">
      <h2 id="letter-heading">{t("letter.heading")}</h2>
      {letter ? (
        <p className="notice notice-success" role="status">
          {t("letter.attached", {
            file: letter.fileName,
            size: `${Math.max(1, Math.round(letter.bytes / 1024))} KB`,
          })}
        </p>
      ) : null}
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={attach.isPending}>
        <FormAlert message={attach.error ? batchFailureMessage(t, attach.error) : null} />
        <FileField
          label={t("letter.label")}
          hint={t("letter.hint")}
          accept={letterTypes}
          error={missing && file === null ? t("letter.fileRequired") : null}
          onFile={setFile}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={attach.isPending}>
            {attach.isPending
              ? t("letter.uploading")
              : letter
                ? t("letter.replace")
                : t("letter.upload")}
          </button>
        </div>
      </form>
    </section>
  );
}
