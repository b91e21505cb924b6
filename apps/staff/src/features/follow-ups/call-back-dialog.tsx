import { useMutation } from "@tanstack/react-query";
import { type FollowUpOutcome, followUpOutcomes } from "@yibao/domain";
import { failureMessage, readServerError } from "@yibao/ui";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";

export type FollowUpRow = RouterOutputs["staff"]["followUps"]["list"]["items"][number];

interface CallBackDialogProps {
  followUp: FollowUpRow;
  onRecorded: (recorded: FollowUpRow) => void;
  onClose: () => void;
}

/**
 * 记录回访 in a modal dialog: the number to call, the outcome and the clerk's note. Saving closes
 * the follow-up; Escape or 关闭 leaves it open.
 */
export function CallBackDialog({ followUp, onRecorded, onClose }: CallBackDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstOutcome = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const noteId = useId();
  const outcomeErrorId = useId();
  const [outcome, setOutcome] = useState<FollowUpOutcome | null>(null);
  const [problems, setProblems] = useState<{ outcome: boolean; note: boolean }>({
    outcome: false,
    note: false,
  });
  const record = useMutation({
    mutationFn: (input: { outcome: FollowUpOutcome; note: string }) =>
      trpcClient.staff.followUps.recordCallBack.mutate({ followUpId: followUp.id, ...input }),
    onSuccess: (recorded) => {
      onRecorded(recorded);
      dialog.current?.close();
    },
  });
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  function failure(): string | null {
    if (!record.error) return null;
    const facts = readServerError(record.error);
    const reason = (record.error as { data?: { reason?: unknown } }).data?.reason;
    if (facts.domainCode === "ACTION_NOT_ALLOWED" && typeof reason === "string") {
      return t([`followUps.notAllowed.${reason}`, "errors.ACTION_NOT_ALLOWED"]);
    }
    return failureMessage(t, record.error);
  }

  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="manage-dialog" onClose={onClose}>
      <div className="manage-dialog-heading">
        <h2 id={titleId}>{t("followUps.recordTitle", { name: followUp.person.name })}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t("followUps.close")}
        </button>
      </div>
      <p>
        {followUp.person.phone
          ? t("followUps.recordBody", { phone: followUp.person.phone })
          : t("followUps.recordBodyNoPhone")}
      </p>
      <form
        className="form"
        noValidate
        aria-busy={record.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          const note = noteRef.current?.value.trim() ?? "";
          const missing = { outcome: outcome === null, note: note === "" };
          setProblems(missing);
          if (missing.outcome) return firstOutcome.current?.focus();
          if (missing.note) return noteRef.current?.focus();
          if (outcome && !record.isPending) record.mutate({ outcome, note });
        }}
      >
        <FormError message={failure()} />
        <fieldset
          className="field outcome-field"
          data-invalid={problems.outcome ? "true" : undefined}
          aria-describedby={problems.outcome ? outcomeErrorId : undefined}
        >
          <legend className="field-label">{t("followUps.outcome")}</legend>
          {problems.outcome ? (
            <p id={outcomeErrorId} className="field-error">
              {t("followUps.outcomeRequired")}
            </p>
          ) : null}
          <div className="outcome-choices">
            {followUpOutcomes.map((code, index) => (
              <label key={code} className="checkbox">
                <input
                  ref={index === 0 ? firstOutcome : undefined}
                  type="radio"
                  name="outcome"
                  value={code}
                  checked={outcome === code}
                  onChange={() => {
                    setOutcome(code);
                    setProblems((current) => ({ ...current, outcome: false }));
                  }}
                />
                <span>{t(`followUps.outcomes.${code}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field" data-invalid={problems.note ? "true" : undefined}>
          <label htmlFor={noteId} className="field-label">
            {t("followUps.note")}
          </label>
          <p id={`${noteId}-hint`} className="hint">
            {t("followUps.noteHint")}
          </p>
          {problems.note ? (
            <p id={`${noteId}-error`} className="field-error">
              {t("followUps.noteRequired")}
            </p>
          ) : null}
          <textarea
            ref={noteRef}
            id={noteId}
            name="note"
            className="input"
            rows={4}
            maxLength={500}
            aria-invalid={problems.note ? true : undefined}
            aria-describedby={`${noteId}-hint${problems.note ? ` ${noteId}-error` : ""}`}
          />
        </div>
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={record.isPending}
            aria-busy={record.isPending}
          >
            {record.isPending ? t("followUps.saving") : t("followUps.save")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
