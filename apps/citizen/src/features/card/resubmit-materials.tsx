import { useMutation } from "@tanstack/react-query";
import { failureMessage } from "@yibao/ui";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { queryClient, trpc } from "../../trpc";
import { FormAlert } from "../forms/form-alert";
import { readCardFailure } from "./card-failure";
import type { CardApplicationView } from "./card-types";
import { PhotoField } from "./photo-field";
import { checkPhotoFile, type PhotoProblem } from "./photo-problem";

/**
 * Answers a one-time notice online: a new photo when the notice asks for one; other items are
 * brought to the service point, and the button says the person has them ready.
 */
export function ResubmitMaterials({ application }: { application: CardApplicationView }) {
  const { t } = useTranslation();
  const needsPhoto = application.missingItems?.some((item) => item.code === "PHOTO") ?? false;
  const [photo, setPhoto] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<PhotoProblem | null>(null);
  const [missingPhoto, setMissingPhoto] = useState(false);
  const photoRef = useRef<HTMLInputElement>(null);
  const resubmit = useMutation(
    trpc.citizen.card.resubmit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.citizen.card.pathKey() }),
      onError: (error) => {
        const facts = readCardFailure(error);
        if (facts.photoCode) setProblem({ code: facts.photoCode, ...(facts.photo ?? {}) });
      },
    }),
  );

  async function choose(file: File | null) {
    setProblem(null);
    setPreview(null);
    setPhoto(null);
    if (!file) return;
    const checked = await checkPhotoFile(file);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    setMissingPhoto(false);
    setPhoto(checked.base64);
    setPreview(checked.dataUrl);
  }

  const failure = resubmit.error && !readCardFailure(resubmit.error).photoCode;
  return (
    <form
      className="form resubmit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (needsPhoto && !photo) {
          setMissingPhoto(true);
          photoRef.current?.focus();
          return;
        }
        resubmit.mutate({ applicationId: application.id, ...(photo ? { photo } : {}) });
      }}
    >
      <FormAlert message={failure ? failureMessage(t, resubmit.error) : null} />
      {needsPhoto ? (
        <PhotoField
          ref={photoRef}
          name="photo"
          preview={preview}
          problem={problem}
          error={missingPhoto ? t("fields.photo.issues.too_small") : null}
          onFile={(file) => void choose(file)}
        />
      ) : null}
      <button type="submit" className="button button-primary" disabled={resubmit.isPending}>
        {resubmit.isPending ? t("card.pending") : t("card.resubmit")}
      </button>
    </form>
  );
}
