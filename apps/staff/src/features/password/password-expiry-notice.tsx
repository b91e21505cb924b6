import { formatDate, serverNow } from "@yibao/ui";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useStaffSession } from "../session/use-staff-session";
import { daysUntilExpiry, isExpirySoon } from "./password-expiry";

/** In a password's last 14 days: when it expires and where to change it. */
export function PasswordExpiryNotice() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const expiresAt = session?.passwordExpiresAt ?? null;
  const now = serverNow();
  if (expiresAt === null || !isExpirySoon(expiresAt, now)) return null;
  return (
    <p className="notice notice-warning">
      <Trans
        t={t}
        i18nKey="passwordExpiry.notice"
        values={{ date: formatDate(expiresAt), days: daysUntilExpiry(expiresAt, now) ?? 0 }}
        components={{ accountLink: <Link to="/account" /> }}
      />
    </p>
  );
}
