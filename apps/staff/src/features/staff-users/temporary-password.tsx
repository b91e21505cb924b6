import { useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * A temporary password, shown this once: the account's owner must change it at first sign-in.
 * It is not kept anywhere after this screen closes.
 */
export function TemporaryPassword({ password }: { password: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="temporary-password">
      <p className="temporary-password-label">{t("staffUsers.temporaryPassword")}</p>
      <p>
        <code className="secret" data-testid="temporary-password">
          {password}
        </code>
      </p>
      <p className="hint">{t("staffUsers.temporaryPasswordHint")}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            navigator.clipboard.writeText(password).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t("staffUsers.copyPassword")}
        </button>
      </div>
      <p role="status">
        {copied === null ? null : t(copied ? "staffUsers.copied" : "staffUsers.copyFailed")}
      </p>
    </div>
  );
}
