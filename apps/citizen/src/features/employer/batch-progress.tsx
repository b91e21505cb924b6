import { useTranslation } from "react-i18next";

/** The check's progress as the server counts it: rows checked of the file's rows. */
export function BatchProgress({ progress }: { progress: { done: number; total: number } }) {
  const { t } = useTranslation();
  const counted = progress.total > 0;
  return (
    <section className="section batch-progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t("batch.progressLabel")}</h2>
      {counted ? (
        <progress aria-labelledby="progress-heading" max={progress.total} value={progress.done} />
      ) : (
        <progress aria-labelledby="progress-heading" />
      )}
      <p role="status">
        {counted
          ? t("batch.progress", { done: progress.done, total: progress.total })
          : t("batch.queued")}
      </p>
      <p className="hint">{t("batch.progressHint")}</p>
    </section>
  );
}
