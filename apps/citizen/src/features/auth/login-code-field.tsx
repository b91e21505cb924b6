import { OneTimeCodeField } from "@yibao/ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * The second factor's input at login (named `otp`, as the shared login form reads it): the
 * authenticator's digits on a digit keypad, or, after "use a recovery code", a recovery code on
 * the letter keyboard.
 */
export function LoginCodeField({ error }: { error: string | null }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const switched = useRef(false);
  // After switching, the person types next: the input (with its new label) takes focus.
  useEffect(() => {
    if (switched.current) input.current?.focus();
  }, [recovery]);
  return (
    <div className="login-code">
      <OneTimeCodeField
        ref={input}
        name="otp"
        label={recovery ? t("fields.recoveryCode.label") : t("fields.otp.label")}
        hint={recovery ? t("fields.recoveryCode.hint") : t("fields.otp.hint")}
        error={error}
        inputMode={recovery ? "text" : "numeric"}
        autoComplete={recovery ? "off" : "one-time-code"}
      />
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          switched.current = true;
          setRecovery(!recovery);
        }}
      >
        {recovery ? t("login.useAuthenticator") : t("login.useRecoveryCode")}
      </button>
    </div>
  );
}
