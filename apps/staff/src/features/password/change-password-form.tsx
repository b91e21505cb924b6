import { useMutation } from "@tanstack/react-query";
import { checkNewPassword, passwordPolicy } from "@yibao/domain";
import { PasswordField, PasswordRuleList } from "@yibao/ui";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";
import { type FormFailure, formFailure, noFailure } from "../errors/form-failure";
import { passwordRuleStates } from "./password-rule-states";

const fields = ["currentPassword", "newPassword", "repeatPassword"] as const;
type Field = (typeof fields)[number];

interface ChangePasswordFormProps {
  /** What the button says: "set the new password" at the forced step, "change" on the account page. */
  submitLabel: string;
  onChanged: () => Promise<unknown> | undefined;
}

/**
 * Current password, new password (with the rules ticked as the person types), the new one again.
 * The server checks the rules too, and the ones only it can (the last five passwords, the username).
 */
export function ChangePasswordForm({ submitLabel, onChanged }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const rulesId = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: "",
    newPassword: "",
    repeatPassword: "",
  });
  const [failure, setFailure] = useState<FormFailure>(noFailure);
  const issueText = (field: string, code: string) =>
    t([`fields.${field}.issues.${code}`, `issues.${code}`, "issues.generic"], passwordPolicy);

  const change = useMutation({
    mutationFn: () =>
      trpcClient.staff.security.changePassword.mutate({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      }),
    onSuccess: async () => {
      setValues({ currentPassword: "", newPassword: "", repeatPassword: "" });
      await onChanged();
    },
    onError: (error) => {
      const next = formFailure(t, error, {
        fields,
        fieldOfCode: { CURRENT_PASSWORD_WRONG: "currentPassword" },
        issueText,
      });
      setFailure(next);
      focusFirst(next);
    },
  });

  function focusFirst(next: FormFailure) {
    const first = fields.find((field) => next.fieldErrors[field]);
    if (first) document.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: Record<string, string> = {};
    if (values.currentPassword === "") {
      fieldErrors.currentPassword = issueText("currentPassword", "too_small");
    }
    const rejection = checkNewPassword(values.newPassword)[0];
    if (values.newPassword === "") fieldErrors.newPassword = issueText("newPassword", "too_small");
    else if (rejection) fieldErrors.newPassword = issueText("newPassword", rejection);
    else if (values.newPassword === values.currentPassword) {
      fieldErrors.newPassword = issueText("newPassword", "SAME_AS_CURRENT");
    }
    if (!fieldErrors.newPassword && values.repeatPassword !== values.newPassword) {
      fieldErrors.repeatPassword = issueText("repeatPassword", "MISMATCH");
    }
    const next = { fieldErrors, formError: null };
    setFailure(next);
    if (Object.keys(fieldErrors).length > 0) {
      focusFirst(next);
      return;
    }
    change.mutate();
  }

  const field = (name: Field) => ({
    name,
    value: values[name],
    error: failure.fieldErrors[name] ?? null,
    showLabel: t("fields.password.show"),
    onChange: (event: { currentTarget: HTMLInputElement }) => {
      const value = event.currentTarget.value;
      setValues((previous) => ({ ...previous, [name]: value }));
      // A problem said on submit goes once the field changes: the rules show the rest meanwhile.
      setFailure((previous) => {
        if (!previous.fieldErrors[name]) return previous;
        const { [name]: _changed, ...fieldErrors } = previous.fieldErrors;
        return { ...previous, fieldErrors };
      });
    },
  });

  return (
    <form className="form narrow-form" noValidate onSubmit={onSubmit} aria-busy={change.isPending}>
      <FormError message={failure.formError} />
      <PasswordField
        {...field("currentPassword")}
        label={t("fields.currentPassword.label")}
        autoComplete="current-password"
      />
      <PasswordField
        {...field("newPassword")}
        label={t("fields.newPassword.label")}
        autoComplete="new-password"
        describedBy={rulesId}
      />
      <PasswordRuleList
        id={rulesId}
        rules={passwordRuleStates(values.newPassword, values.currentPassword)}
        values={passwordPolicy}
      />
      <PasswordField
        {...field("repeatPassword")}
        label={t("fields.repeatPassword.label")}
        autoComplete="new-password"
      />
      <div>
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {change.isPending ? t("password.changing") : submitLabel}
        </button>
      </div>
    </form>
  );
}
