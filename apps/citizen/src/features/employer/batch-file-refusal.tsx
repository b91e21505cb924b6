import { employerBatchLimits } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { BatchReport } from "./batch-report-types";
import { employerPaths } from "./employer-paths";

/** Why the whole file was refused, in words that say how to fix it. */
export function BatchFileRefusal({
  fileError,
}: {
  fileError: NonNullable<BatchReport["fileError"]>;
}) {
  const { t } = useTranslation();
  const columns = "expectedColumns" in fileError ? fileError : null;
  return (
    <section className="notice notice-error section" role="alert" aria-labelledby="refused-heading">
      <h2 id="refused-heading" className="notice-heading">
        {t("batch.refusedHeading")}
      </h2>
      <p>
        {t(`fileErrors.${fileError.code}`, {
          max: employerBatchLimits.maxRows,
          expected: columns?.expectedColumns?.join("、") ?? "",
          optional: columns?.optionalColumns?.join("、") ?? "",
        })}
      </p>
      <p>{t("batch.refusedAgain")}</p>
      <p>
        <Link to={employerPaths.newBatch} className="button">
          {t("batches.newBatch")}
        </Link>
      </p>
    </section>
  );
}
