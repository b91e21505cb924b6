import { useMutation } from "@tanstack/react-query";
import { residentIdSchema } from "@yibao/domain";
import { issueMessage, issuesFromParse, PageHeading, TextField, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";

const fields = ["residentId", "documentChecked"] as const;

/**
 * 解除网上登录锁定: an insured person whose online login locked itself (too many wrong
 * passwords) comes to the counter; once the clerk has checked the ID document, the lock is lifted
 * from every address and the person gets a text message saying so.
 */
export function UnlockCitizenLoginPage() {
  const { t } = useTranslation();
  const checkErrorId = useId();
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const formRef = useRef<HTMLFormElement>(null);
  const unlock = useMutation({
    mutationFn: (residentId: string) =>
      trpcClient.staff.citizenAccounts.unlock.mutate({ residentId, documentChecked: true }),
    // The next person at the counter should not find this one's ID number on screen.
    onSuccess: () => formRef.current?.reset(),
    onError: (error) => setFailure(formFailure(t, error, { fields })),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const residentInput = form.elements.namedItem("residentId");
    const checkInput = form.elements.namedItem("documentChecked");
    const typed = residentInput instanceof HTMLInputElement ? residentInput.value : "";
    const checked = checkInput instanceof HTMLInputElement && checkInput.checked;
    const parsed = residentIdSchema.safeParse(typed);
    const fieldErrors: Record<string, string> = {};
    const residentIssue = parsed.success ? undefined : issuesFromParse(parsed.error.issues)[0];
    if (residentIssue) fieldErrors.residentId = issueMessage(t, "residentId", residentIssue.code);
    if (!checked) fieldErrors.documentChecked = t("citizenLogin.documentCheckedRequired");
    setFailure({ fieldErrors, formError: null });
    unlock.reset();
    const firstInvalid = fields.find((field) => fieldErrors[field]);
    if (firstInvalid) {
      const input = form.elements.namedItem(firstInvalid);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    if (parsed.success) unlock.mutate(parsed.data);
  }

  const checkError = failure.fieldErrors.documentChecked ?? null;
  useDocumentTitle(t("pages.citizenLogin"));
  return (
    <>
      <PageHeading>{t("pages.citizenLogin")}</PageHeading>
      <p>{t("citizenLogin.intro")}</p>
      <form ref={formRef} className="form narrow-form" noValidate onSubmit={onSubmit}>
        <FormError message={failure.formError} />
        <TextField
          name="residentId"
          label={t("fields.residentId.label")}
          hint={t("fields.residentId.hint")}
          error={failure.fieldErrors.residentId ?? null}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={32}
        />
        <div className="field" data-invalid={checkError ? "true" : undefined}>
          {checkError ? (
            <p id={checkErrorId} className="field-error">
              {checkError}
            </p>
          ) : null}
          <label className="checkbox">
            <input
              type="checkbox"
              name="documentChecked"
              required
              aria-invalid={checkError ? true : undefined}
              aria-describedby={checkError ? checkErrorId : undefined}
            />
            <span>{t("citizenLogin.documentChecked")}</span>
          </label>
        </div>
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={unlock.isPending}
            aria-busy={unlock.isPending}
          >
            {t("citizenLogin.submit")}
          </button>
        </div>
      </form>
      <div role="status" className="result-status">
        {unlock.data ? (
          <p className={unlock.data.unlocked ? "notice notice-success" : "notice"}>
            {t(unlock.data.unlocked ? "citizenLogin.unlocked" : "citizenLogin.notLocked")}
          </p>
        ) : null}
      </div>
    </>
  );
}
