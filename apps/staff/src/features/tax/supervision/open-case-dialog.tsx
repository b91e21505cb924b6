import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SupervisionGround, supervisionVocabulary } from "@yibao/domain";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { RouterInputs } from "../../../api-types";
import { trpc, trpcClient } from "../../../trpc";
import { FormError } from "../../errors/form-error";
import { ChoiceField } from "../choice-field";
import { firstInvalidField, typedValue } from "../form-values";
import { NoteField } from "../note-field";
import { SubmitButton } from "../submit-button";
import { taxIssueMessage } from "../tax-failure";
import { useTaxForm } from "../use-tax-form";

type CasePayer = RouterInputs["staff"]["tax"]["openCase"]["payer"];
const fields = ["ground", "note"] as const;

interface OpenCaseDialogProps {
  payer: CasePayer;
  /** The payer as the officer knows it: an employer's name, a person's name. */
  payerName: string;
  ground: SupervisionGround;
  onClose: () => void;
}

/**
 * 立案稽核 in a modal dialog: the ground and what led to it (recorded as the case's first
 * finding). The new case opens on its own page, where inspections and the decision follow.
 */
export function OpenCaseDialog({ payer, payerName, ground, onClose }: OpenCaseDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const form = useTaxForm(fields);
  const open = useMutation({
    mutationFn: (input: { ground: SupervisionGround; note: string }) =>
      trpcClient.staff.tax.openCase.mutate({ payer, ...input }),
    onSuccess: async (opened) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.cases.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.arrears.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.staff.tax.payer.pathKey() }),
      ]);
      navigate(`/supervision/${opened.caseId}`, {
        state: { done: t("tax.supervision.opened", { name: payerName }) },
      });
    },
    onError: form.refused,
  });
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const onSubmit = form.onSubmit(open, (element) => {
    const chosen = typedValue(element, "ground") as SupervisionGround | "";
    const note = typedValue(element, "note");
    const fieldErrors: Record<string, string> = {};
    if (chosen === "") fieldErrors.ground = taxIssueMessage(t, "ground", "EMPTY");
    if (note === "") fieldErrors.note = taxIssueMessage(t, "note", "EMPTY");
    if (firstInvalidField(element, fields, fieldErrors) || chosen === "") {
      return { fieldErrors, input: null };
    }
    return { fieldErrors, input: { ground: chosen, note } };
  });

  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="manage-dialog" onClose={onClose}>
      <div className="manage-dialog-heading">
        <h2 id={titleId}>{t("tax.supervision.openTitle", { name: payerName })}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t("tax.close")}
        </button>
      </div>
      <form className="form" noValidate aria-busy={open.isPending} onSubmit={onSubmit}>
        <FormError message={form.failure.formError} />
        <ChoiceField
          name="ground"
          legend={t("tax.fields.ground.label")}
          error={form.failure.fieldErrors.ground ?? null}
          defaultValue={ground}
          choices={supervisionVocabulary.grounds.map((code) => ({
            value: code,
            label: t(`tax.grounds.${code}`),
          }))}
        />
        <NoteField
          name="note"
          label={t("tax.fields.openingNote.label")}
          hint={t("tax.fields.note.hint")}
          error={form.failure.fieldErrors.note ?? null}
        />
        <div>
          <SubmitButton pending={open.isPending}>
            {open.isPending ? t("tax.supervision.opening") : t("tax.supervision.openSubmit")}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
