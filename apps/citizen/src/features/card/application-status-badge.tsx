import type { ApplicationStatus } from "@yibao/domain";
import { useTranslation } from "react-i18next";

/** An application's status in words (已受理, 待领取…); the colour only adds to them. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <span className="badge" data-status={status}>
      {t(`card.status.${status}`)}
    </span>
  );
}
