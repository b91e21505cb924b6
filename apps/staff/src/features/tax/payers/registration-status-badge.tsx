import { useTranslation } from "react-i18next";
import type { registrationStatuses } from "../registration-statuses";

/** A payment registration's status as a badge: 已登记, 已注销, 未登记. */
export function RegistrationStatusBadge({
  status,
}: {
  status: (typeof registrationStatuses)[number];
}) {
  const { t } = useTranslation();
  return (
    <span className="status-badge" data-status={status}>
      {t(`tax.statuses.${status}`)}
    </span>
  );
}
