import { useTranslation } from "react-i18next";
import { errorMessage } from "../errors/error-message";
import { readServerError } from "../errors/server-error";

export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorMessage(t, readServerError(error))}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("app.retry")}
      </button>
    </div>
  );
}
