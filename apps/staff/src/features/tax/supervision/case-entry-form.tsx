import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  chinaToday,
  type SupervisionDecision,
  type SupervisionEntryKind,
  supervisionVocabulary,
} from "@yibao/domain";
import { serverNow, TextField } from "@yibao/ui";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterInputs } from "../../../api-types";
import { trpc, trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { type FormFailure, noFailure } from "../../errors/form-failure";
import { ChoiceField } from "../choice-field";
import { firstInvalidField, typedValue } from "../form-values";
import { NoteField } from "../note-field";
import { taxFormFailure, taxIssueMessage } from "../tax-failure";

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
  const [failure, setFailure] = useState<FormFailure>(noFailure);
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
    onError: (error) => setFailure(taxFormFailure(t, error, fields)),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const form = event.currentTarget;
    const chosen = typedValue(form, "kind") as SupervisionEntryKind | "";
    const decision = typedValue(form, "decision") as SupervisionDecision | "";
    const occurredOn = typedValue(form, "occurredOn");
    const note = typedValue(form, "note");
    const fieldErrors: Record<string, string> = {};
    if (chosen === "") fieldErrors.kind = taxIssueMessage(t, "kind", "EMPTY");
    if (chosen === "DECISION" && decision === "")
      fieldErrors.decision = taxIssueMessage(t, "decision", "EMPTY");
    if (occurredOn === "") fieldErrors.occurredOn = taxIssueMessage(t, "occurredOn", "EMPTY");
    else if (occurredOn > today)
      fieldErrors.occurredOn = taxIssueMessage(t, "occurredOn", "IN_FUTURE");
    if (note === "") fieldErrors.note = taxIssueMessage(t, "note", "EMPTY");
    setFailure({ fieldErrors, formError: null });
    if (firstInvalidField(form, fields, fieldErrors) || chosen === "") return;
    record.mutate({
      caseId,
      kind: chosen,
      occurredOn,
      note,
      ...(chosen === "DECISION" && decision !== "" ? { decision } : {}),
    });
  }

  return (
    <form key={formKey} className="form narrow-form" noValidate onSubmit={onSubmit}>
      <FormError message={failure.formError} />
      <ChoiceField
        name="kind"
        legend={t("tax.fields.kind.label")}
        error={failure.fieldErrors.kind ?? null}
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
          error={failure.fieldErrors.decision ?? null}
          choices={supervisionVocabulary.decisions.map((code) => ({
            value: code,
            label: t(`tax.decisions.${code}`),
          }))}
        />
      ) : null}
      <TextField
        name="occurredOn"
        type="date"
        label={t("tax.fields.occurredOn.label")}
        error={failure.fieldErrors.occurredOn ?? null}
        defaultValue={today}
        max={today}
      />
      <NoteField
        name="note"
        label={t("tax.fields.note.label")}
        hint={t("tax.fields.note.hint")}
        error={failure.fieldErrors.note ?? null}
      />
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={record.isPending}
          aria-busy={record.isPending}
        >
          {record.isPending ? t("tax.supervision.recording") : t("tax.supervision.record")}
        </button>
      </div>
    </form>
  );
}
