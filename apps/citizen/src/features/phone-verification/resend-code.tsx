import { useTranslation } from "react-i18next";
import { useCountdown } from "./use-countdown";

interface ResendCodeProps {
  /** When a new code may be asked for (this device's clock). */
  untilMs: number;
  pending: boolean;
  onResend: () => void;
}

/**
 * "Send again", once the server's wait is over; until then the seconds left, as text that is not
 * live (a screen reader counting down every second would drown everything else).
 */
export function ResendCode({ untilMs, pending, onResend }: ResendCodeProps) {
  const { t } = useTranslation();
  const seconds = useCountdown(untilMs);
  if (seconds > 0) {
    return <p className="hint resend">{t("verification.resendIn", { seconds })}</p>;
  }
  return (
    <p className="resend">
      <button type="button" className="button" disabled={pending} onClick={onResend}>
        {pending ? t("verification.sending") : t("verification.resend")}
      </button>
    </p>
  );
}
