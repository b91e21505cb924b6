import type { EmployerBatchTarget } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { type BatchOutcome, useBatchMutation } from "./use-batch-mutation";

type Batch = RouterOutputs["staff"]["employerBatches"]["get"];

/** Moving the accepted cards through production together: into production, then made. */
export function BatchProduction({
  batch,
  onOutcome,
}: {
  batch: Batch;
  onOutcome: (outcome: BatchOutcome) => void;
}) {
  const { t } = useTranslation();
  const advance = useBatchMutation(
    batch.id,
    (to: EmployerBatchTarget) =>
      trpcClient.staff.employerBatches.advance.mutate({ batchId: batch.id, to }),
    (answer) => t("employerBatches.production.moved", answer),
    onOutcome,
  );
  const statuses = batch.rows.map((row) => row.application.status);
  const toStart = statuses.some(
    (status) => status === "APPROVED" || status === "PRODUCTION_FAILED",
  );
  const toFinish = toStart || statuses.includes("IN_PRODUCTION");
  return (
    <section className="batch-section" aria-labelledby="batch-production">
      <h2 id="batch-production">{t("employerBatches.production.heading")}</h2>
      {batch.state !== "ACCEPTED" ? (
        <p className="muted">{t("employerBatches.production.notYet")}</p>
      ) : !toFinish ? (
        <p>{t("employerBatches.production.done")}</p>
      ) : (
        <>
          <p>{t("employerBatches.production.intro")}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={!toStart || advance.isPending}
              onClick={() => advance.mutate("IN_PRODUCTION")}
            >
              {t("employerBatches.production.toProduction")}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!toFinish || advance.isPending}
              aria-busy={advance.isPending}
              onClick={() => advance.mutate("READY_FOR_PICKUP")}
            >
              {t("employerBatches.production.toReady")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
