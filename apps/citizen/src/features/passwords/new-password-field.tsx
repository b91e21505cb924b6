import type { PasswordOwner } from "@yibao/domain";
import { PasswordField, PasswordRuleList } from "@yibao/ui";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { figures } from "../forms/figures";
import { passwordRuleStates, type ServerCheckedRule } from "./password-rule-states";

interface NewPasswordFieldProps {
  registration: UseFormRegisterReturn;
  /** What is typed now, for the rules' ticks. */
  password: string;
  /** Whose password it is, when the app knows: the rules about the ID number are then ticked too. */
  owner: PasswordOwner | null;
  serverChecked?: readonly ServerCheckedRule[];
  error: string | null;
  label?: string;
}

/** A new password with its rules below it, ticked as the person types (rules from the domain). */
export function NewPasswordField({
  registration,
  password,
  owner,
  serverChecked = [],
  error,
  label,
}: NewPasswordFieldProps) {
  const { t } = useTranslation();
  const rulesId = useId();
  return (
    <div className="new-password">
      <PasswordField
        {...registration}
        label={label ?? t("fields.newPassword.label")}
        showLabel={t("fields.password.show")}
        error={error}
        autoComplete="new-password"
        describedBy={rulesId}
      />
      <PasswordRuleList
        id={rulesId}
        rules={passwordRuleStates(password, owner, serverChecked)}
        values={figures}
      />
    </div>
  );
}
