import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { ActionSection } from "./action-section";
import type { StaffUserRow } from "./staff-users-page";
import { useStaffUserChange } from "./use-staff-user-change";

/** The audit trail keeps the reason (auditActionRequiresReason): a lost phone, a new phone, … */
export function ResetSecondFactorAction({ user }: { user: StaffUserRow }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const errorId = useId();
  const [missingReason, setMissingReason] = useState(false);
  const reset = useStaffUserChange((reason: string) =>
    trpcClient.staff.users.resetSecondFactor.mutate({ staffUserId: user.id, reason }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem("reason");
    const reason = input instanceof HTMLTextAreaElement ? input.value.trim() : "";
    // The audit trail needs a reason that says something (the server asks at least 2 characters).
    const tooShort = reason.length < 2;
    setMissingReason(tooShort);
    if (tooShort) {
      if (input instanceof HTMLTextAreaElement) input.focus();
      return;
    }
    reset.mutate(reason);
  }

  return (
    <ActionSection
      title={t("staffUsers.resetSecondFactor")}
      body={t("staffUsers.resetSecondFactorBody")}
      error={reset.error}
      done={reset.isSuccess ? t("staffUsers.resetSecondFactorDone") : null}
    >
      {reset.isSuccess ? null : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <div className="field" data-invalid={missingReason ? "true" : undefined}>
            <label htmlFor={reasonId} className="field-label">
              {t("staffUsers.reason")}
            </label>
            {missingReason ? (
              <p id={errorId} className="field-error">
                {t("staffUsers.reasonRequired")}
              </p>
            ) : null}
            <textarea
              id={reasonId}
              name="reason"
              className="input"
              rows={2}
              maxLength={200}
              required
              aria-invalid={missingReason ? true : undefined}
              aria-describedby={missingReason ? errorId : undefined}
            />
          </div>
          <div>
            <button
              type="submit"
              className="button"
              disabled={reset.isPending}
              aria-busy={reset.isPending}
            >
              {t("staffUsers.resetSecondFactorSubmit")}
            </button>
          </div>
        </form>
      )}
    </ActionSection>
  );
}
