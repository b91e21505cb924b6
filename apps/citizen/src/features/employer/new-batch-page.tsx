import { useMutation } from "@tanstack/react-query";
import { failureMessage, PageHeading, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { trpcClient } from "../../trpc";
import { FormAlert } from "../forms/form-alert";
import { BackLink } from "../layout/back-link";
import { downloadBatchTemplate } from "./download-batch-template";
import { employerPaths } from "./employer-paths";
import { FileField } from "./file-field";
import { sendUpload } from "./send-upload";

const sheetTypes =
  ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/**
 * A new batch: the template to fill in, then the filled file (and the photos' zip, if any) sent
 * to POST /uploads and handed to `employer.batches.check`; the batch's page follows its check.
 */
export function NewBatchPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("pages.newBatch"));
  const [sheet, setSheet] = useState<File | null>(null);
  const [photos, setPhotos] = useState<File | null>(null);
  const [missingSheet, setMissingSheet] = useState(false);
  const check = useMutation({
    mutationFn: async (files: { sheet: File; photos: File | null }) => {
      const sentSheet = await sendUpload(files.sheet);
      const sentPhotos = files.photos ? await sendUpload(files.photos) : null;
      return trpcClient.employer.batches.check.mutate({
        uploadId: sentSheet.uploadId,
        ...(sentPhotos ? { photosUploadId: sentPhotos.uploadId } : {}),
      });
    },
    onSuccess: ({ batchId }) => navigate(employerPaths.batch(batchId)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMissingSheet(sheet === null);
    if (sheet) check.mutate({ sheet, photos });
  }

  return (
    <>
      <PageHeading>{t("pages.newBatch")}</PageHeading>
      <section className="section" aria-labelledby="template-heading">
        <h2 id="template-heading">{t("newBatch.templateHeading")}</h2>
        <p>{t("newBatch.templateText")}</p>
        <button type="button" className="button" onClick={() => void downloadBatchTemplate()}>
          {t("newBatch.templateButton")}
        </button>
      </section>
      <section className="section" aria-labelledby="file-heading">
        <h2 id="file-heading">{t("newBatch.fileHeading")}</h2>
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={check.isPending}>
          <FormAlert message={check.error ? failureMessage(t, check.error) : null} />
          <FileField
            label={t("newBatch.sheetLabel")}
            hint={t("newBatch.sheetHint")}
            accept={sheetTypes}
            error={missingSheet && sheet === null ? t("newBatch.sheetRequired") : null}
            onFile={setSheet}
          />
          <FileField
            label={t("newBatch.photosLabel")}
            hint={t("newBatch.photosHint")}
            accept=".zip,application/zip"
            error={null}
            onFile={setPhotos}
          />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={check.isPending}>
              {check.isPending ? t("newBatch.uploading") : t("newBatch.submit")}
            </button>
          </div>
        </form>
      </section>
      <BackLink to={employerPaths.home}>{t("batch.back")}</BackLink>
    </>
  );
}
