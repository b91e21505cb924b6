import { refusalReasons, refusalRemedies } from "@yibao/domain";
import { formatDateTime, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { refusalTexts } from "../applications/printable-notice";
import { SelectField } from "../forms/select-field";
import { type BatchOutcome, useBatchMutation } from "./use-batch-mutation";

type Batch = RouterOutputs["staff"]["employerBatches"]["get"];

/**
 * The decision on the whole batch: what was decided, by whom and why; or, still to decide, the
 * two ways — accept (every row not refused on its own is approved) or refuse with one notice.
 */
export function BatchDecision({
  batch,
  onOutcome,
}: {
  batch: Batch;
  onOutcome: (outcome: BatchOutcome) => void;
}) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const decide = useBatchMutation(
    batch.id,
    (input: { decision: "ACCEPTED" | "REJECTED"; reason?: string; remedy?: string }) =>
      trpcClient.staff.employerBatches.decide.mutate({ batchId: batch.id, ...input }),
    (answer) =>
      t(
        answer.decision === "ACCEPTED"
          ? "employerBatches.decision.accepted"
          : "employerBatches.decision.rejected",
        { changed: answer.changed },
      ),
    (outcome) => {
      if (outcome.kind === "done") setRejecting(false);
      onOutcome(outcome);
    },
  );

  if (batch.decision) {
    const refusal = batch.decision.refusal;
    return (
      <section className="batch-section" aria-labelledby="batch-decision">
        <h2 id="batch-decision">{t("employerBatches.decision.heading")}</h2>
        <p>
          {t(`employerBatches.decision.${batch.state}`, {
            at: formatDateTime(batch.decision.decidedAt),
            by: batch.decision.decidedBy ?? t("employerBatches.facts.unknownGrantor"),
          })}
        </p>
        {refusal ? (
          <p>{t("employerBatches.decision.rejectedReason", refusalTexts(t, refusal))}</p>
        ) : null}
      </section>
    );
  }

  function submitRejection(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!reason) return setError(t("employerBatches.decision.reasonRequired"));
    if (reason !== "OTHER") {
      setError(null);
      return decide.mutate({ decision: "REJECTED", reason });
    }
    const text = String(form.get("reasonText") ?? "").trim();
    const remedy = String(form.get("remedyText") ?? "").trim();
    if (!text || !remedy) return setError(t("employerBatches.decision.otherRequired"));
    setError(null);
    decide.mutate({ decision: "REJECTED", reason: text, remedy });
  }

  return (
    <section className="batch-section" aria-labelledby="batch-decision">
      <h2 id="batch-decision">{t("employerBatches.decision.heading")}</h2>
      <p>{t("employerBatches.decision.TO_DECIDE")}</p>
      <div className="batch-choices">
        <div>
          <button
            type="button"
            className="button button-primary"
            disabled={decide.isPending}
            aria-busy={decide.isPending}
            onClick={() => decide.mutate({ decision: "ACCEPTED" })}
          >
            {t("employerBatches.decision.accept")}
          </button>
          <p className="hint">{t("employerBatches.decision.acceptHint")}</p>
        </div>
        <div>
          <button
            type="button"
            className="button"
            aria-expanded={rejecting}
            onClick={() => setRejecting((open) => !open)}
          >
            {t("employerBatches.decision.reject")}
          </button>
          <p className="hint">{t("employerBatches.decision.rejectHint")}</p>
        </div>
      </div>
      {rejecting ? (
        <form className="action-form batch-reject" noValidate onSubmit={submitRejection}>
          <SelectField
            name="reason"
            label={t("employerBatches.decision.reason")}
            error={null}
            value={reason}
            emptyOption={{ label: t("employerBatches.decision.reason"), selectable: false }}
            options={refusalReasons.map((code) => ({
              value: code,
              label:
                code === "OTHER"
                  ? t("employerBatches.decision.reasonOther")
                  : `${t(`applications.refusalReasons.${code}`)} — ${t(`applications.remedies.${refusalRemedies[code]}`)}`,
            }))}
            onChange={(event) => setReason(event.target.value)}
          />
          {reason === "OTHER" ? (
            <>
              <TextField
                name="reasonText"
                label={t("employerBatches.decision.reasonText")}
                error={null}
                maxLength={500}
              />
              <TextField
                name="remedyText"
                label={t("employerBatches.decision.remedyText")}
                error={null}
                maxLength={500}
              />
            </>
          ) : null}
          <p role="alert" className="field-error">
            {error}
          </p>
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary"
              disabled={decide.isPending}
              aria-busy={decide.isPending}
            >
              {t("employerBatches.decision.confirmReject")}
            </button>
            <button type="button" className="button" onClick={() => setRejecting(false)}>
              {t("employerBatches.decision.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
