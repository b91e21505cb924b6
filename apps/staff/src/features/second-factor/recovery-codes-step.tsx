import { useQueryClient } from "@tanstack/react-query";
import { PageHeading } from "@yibao/ui";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { sessionQueryKey } from "../../trpc";
import { recoveryCodesKey } from "./recovery-codes-to-show";

type CopyState = "idle" | "copied" | "failed";

/**
 * The 10 recovery codes, shown this once: printed or copied, then the person says they kept them.
 * Only then does the page move on (to the password change the session may still owe, or work).
 */
export function RecoveryCodesStep({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const savedErrorId = useId();
  const [copy, setCopy] = useState<CopyState>("idle");
  const [savedError, setSavedError] = useState(false);
  const [leaving, setLeaving] = useState(false);

  async function copyCodes() {
    try {
      await navigator.clipboard.writeText(codes.join("\n"));
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = event.currentTarget.elements.namedItem("saved");
    if (!(saved instanceof HTMLInputElement) || !saved.checked) {
      setSavedError(true);
      if (saved instanceof HTMLInputElement) saved.focus();
      return;
    }
    setLeaving(true);
    // The session's new stage first, so that forgetting the codes sends the person on, not back.
    await queryClient.refetchQueries({ queryKey: sessionQueryKey() });
    queryClient.removeQueries({ queryKey: recoveryCodesKey });
    navigate("/", { replace: true });
  }

  return (
    <>
      <PageHeading>{t("pages.recoveryCodes")}</PageHeading>
      <p className="notice notice-success" role="status">
        {t("recoveryCodes.enrolled")}
      </p>
      <p>{t("recoveryCodes.intro")}</p>
      <p className="notice notice-warning">{t("recoveryCodes.onlyOnce")}</p>
      <ol className="recovery-codes" aria-label={t("recoveryCodes.listLabel")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("recoveryCodes.print")}
        </button>
        <button type="button" className="button" onClick={() => void copyCodes()}>
          {t("recoveryCodes.copy")}
        </button>
      </div>
      <p role="status" className="copy-status no-print">
        {copy === "idle"
          ? null
          : t(copy === "copied" ? "recoveryCodes.copied" : "recoveryCodes.copyFailed")}
      </p>
      <form className="form no-print" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="field" data-invalid={savedError ? "true" : undefined}>
          {savedError ? (
            <p id={savedErrorId} className="field-error">
              {t("recoveryCodes.savedRequired")}
            </p>
          ) : null}
          <label className="checkbox">
            <input
              type="checkbox"
              name="saved"
              required
              aria-invalid={savedError ? true : undefined}
              aria-describedby={savedError ? savedErrorId : undefined}
              onChange={(event) => {
                if (event.currentTarget.checked) setSavedError(false);
              }}
            />
            <span>{t("recoveryCodes.saved")}</span>
          </label>
        </div>
        <div>
          <button
            type="submit"
            className="button button-primary"
            disabled={leaving}
            aria-busy={leaving}
          >
            {t("recoveryCodes.continue")}
          </button>
        </div>
      </form>
    </>
  );
}
