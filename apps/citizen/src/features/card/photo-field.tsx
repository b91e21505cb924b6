import { defaultCardPhotoLimits } from "@yibao/domain";
import { forwardRef, useId } from "react";
import { useTranslation } from "react-i18next";
import type { PhotoProblem } from "./photo-problem";

interface PhotoFieldProps {
  /** The chosen photo as a data: URL, shown as the preview when it passed the check. */
  preview: string | null;
  problem: PhotoProblem | null;
  /** The sentence for any other error of the field (none chosen). */
  error: string | null;
  onFile: (file: File | null) => void;
  name: string;
}

const limits = defaultCardPhotoLimits;
/** The rule's figures, from the domain, for the hint and the sentences. */
const figures = {
  requiredWidth: limits.width,
  requiredHeight: limits.height,
  minKb: limits.minBytes / 1000,
  maxKb: limits.maxBytes / 1000,
};

/** The card photo: the rule in words, the file input, the check's verdict, the preview. */
export const PhotoField = forwardRef<HTMLInputElement, PhotoFieldProps>(function PhotoField(
  { preview, problem, error, onFile, name },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const message = problem
    ? t([`fields.photo.issues.${problem.code}`, "errors.PHOTO_REJECTED"], {
        width: problem.width ?? 0,
        height: problem.height ?? 0,
        kb: Math.round((problem.bytes ?? 0) / 100) / 10,
        ...figures,
      })
    : error;
  return (
    <div className="field photo-field" data-invalid={message ? "true" : undefined}>
      <label htmlFor={id} className="field-label">
        {t("fields.photo.label")}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t("fields.photo.hint", figures)}
      </p>
      {message ? (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        name={name}
        type="file"
        accept="image/jpeg"
        className="input input-file"
        aria-invalid={message ? true : undefined}
        aria-describedby={`${message ? `${id}-error ` : ""}${id}-hint`}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
      {preview && !problem ? (
        <figure className="photo-preview">
          <img
            src={preview}
            alt={t("fields.photo.previewAlt")}
            width={defaultCardPhotoLimits.width / 2}
          />
          <figcaption>{t("fields.photo.previewCaption")}</figcaption>
        </figure>
      ) : null}
    </div>
  );
});
