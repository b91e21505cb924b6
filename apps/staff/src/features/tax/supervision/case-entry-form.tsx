import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  chinaToday,
  type SupervisionDecision,
  type SupervisionEntryKind,
  supervisionVocabulary,
} from "@yibao/domain";
import { serverNow } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs } from "../../../api-types";
import { trpc, trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { ChoiceField } from "../choice-field";
import { DayField } from "../day-field";
import { firstInvalidField, typedValue } from "../form-values";
import { NoteField } from "../note-field";
import { SubmitButton } from "../submit-button";
import { taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";

type EntryInput = RouterInputs["staff"]["tax"]["recordCaseEntry"];
const fields = ["kind", "decision", "occurredOn", "note"] as const;

interface CaseEntryFormProps {
  caseId: string;
  onRecorded: (kind: SupervisionEntryKind) => void;
}

/**
 * 记录稽核情况: an inspection, a finding, or the decision (which closes the case), each with the
 * day it happened — not after today — and the officer's note.
 */
export function CaseEntryForm({ caseId, onRecorded }: CaseEntryFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<SupervisionEntryKind | null>(null);
  const form = useTaxForm(fields);
  const [formKey, setFormKey] = useState(0);
  const today = chinaToday(new Date(serverNow()));
  const record = useMutation({
    mutationFn: (input: EntryInput) => trpcClient.staff.tax.recordCaseEntry.mutate(input),
    onSuccess: async (_case, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.case.queryKey({ caseId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.cases.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.payer.pathKey() }),
      ]);
      setKind(null);
      setFormKey((count) => count + 1);
      onRecorded(input.kind);
    },
    onError: form.refused,
  });

  const onSubmit = form.onSubmit(record, (element) => {
    const chosen = typedValue(element, "kind") as SupervisionEntryKind | "";
    const decision = typedValue(element, "decision") as SupervisionDecision | "";
    const occurredOn = typedValue(element, "occurredOn");
    const note = typedValue(element, "note");
    const fieldErrors: Record<string, string> = {};
    if (chosen === "") fieldErrors.kind = taxIssueMessage(t, "kind", "EMPTY");
    if (chosen === "DECISION" && decision === "")
      fieldErrors.decision = taxIssueMessage(t, "decision", "EMPTY");
    if (occurredOn === "") fieldErrors.occurredOn = taxIssueMessage(t, "occurredOn", "EMPTY");
    else if (occurredOn > today)
      fieldErrors.occurredOn = taxIssueMessage(t, "occurredOn", "IN_FUTURE");
    if (note === "") fieldErrors.note = taxIssueMessage(t, "note", "EMPTY");
    if (firstInvalidField(element, fields, fieldErrors) || chosen === "") {
      return { fieldErrors, input: null };
    }
    return {
      fieldErrors,
      input: {
        caseId,
        kind: chosen,
        occurredOn,
        note,
        ...(chosen === "DECISION" && decision !== "" ? { decision } : {}),
      },
    };
  });

  return (
    <form key={formKey} className="form narrow-form" noValidate onSubmit={onSubmit}>
      <FormError message={form.failure.formError} />
      <ChoiceField
        name="kind"
        legend={t("tax.fields.kind.label")}
        error={form.failure.fieldErrors.kind ?? null}
        choices={supervisionVocabulary.entryKinds.map((code) => ({
          value: code,
          label: t(`tax.entryKinds.${code}`),
          hint: t(`tax.entryKindHints.${code}`),
        }))}
        onChange={(value) => setKind(value as SupervisionEntryKind)}
      />
      {kind === "DECISION" ? (
        <ChoiceField
          name="decision"
          legend={t("tax.fields.decision.label")}
          error={form.failure.fieldErrors.decision ?? null}
          choices={supervisionVocabulary.decisions.map((code) => ({
            value: code,
            label: t(`tax.decisions.${code}`),
          }))}
        />
      ) : null}
      <DayField
        name="occurredOn"
        label={t("tax.fields.occurredOn.label")}
        error={form.failure.fieldErrors.occurredOn ?? null}
      />
      <NoteField
        name="note"
        label={t("tax.fields.note.label")}
        hint={t("tax.fields.note.hint")}
        error={form.failure.fieldErrors.note ?? null}
      />
      <div>
        <SubmitButton pending={record.isPending}>
          {record.isPending ? t("tax.supervision.recording") : t("tax.supervision.record")}
        </SubmitButton>
      </div>
    </form>
  );
}
