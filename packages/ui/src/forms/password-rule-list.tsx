import { useTranslation } from "react-i18next";

export interface PasswordRuleState {
  /** A password rule's code (`TOO_SHORT`, …), the same code the server rejects a password with. */
  code: string;
  /** Whether the password typed so far meets it; null when only the server can tell. */
  met: boolean | null;
}

interface PasswordRuleListProps {
  /** For the password input's `describedBy`. */
  id: string;
  rules: readonly PasswordRuleState[];
  /** The policy's figures the texts name, such as `minLength`. */
  values: Record<string, number>;
}

/**
 * The rules a new password must meet, each ticked as the person types. The state is a sign and a
 * word, never colour alone; the list is not live (it would speak at every keystroke): the
 * password input names it as its description, and a refusal on submit is announced as an error.
 */
export function PasswordRuleList({ id, rules, values }: PasswordRuleListProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className="password-rules">
      <p className="password-rules-heading">{t("passwordRules.heading")}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.code} data-met={rule.met === null ? undefined : String(rule.met)}>
            <span className="password-rule-sign" aria-hidden="true">
              {rule.met === null ? "·" : rule.met ? "✓" : "○"}
            </span>
            <span>
              {t(`passwordRules.${rule.code}`, values)}
              {rule.met === null ? null : (
                <span className="visually-hidden">
                  {rule.met ? t("passwordRules.met") : t("passwordRules.unmet")}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
