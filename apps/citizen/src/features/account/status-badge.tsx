import type { AccountStatus } from "@yibao/domain";
import { useTranslation } from "react-i18next";

/** The status in words; colour only adds to them, never replaces them. */
export function StatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <span className="badge" data-status={status}>
      {t(`account.status.${status}`)}
    </span>
  );
}
