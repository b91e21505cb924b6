import type { BatchStatus } from "@yibao/domain";
import { useTranslation } from "react-i18next";

/** Where a batch stands, in words and a colour that is never the only sign. */
export function BatchStatusBadge({ status }: { status: BatchStatus }) {
  const { t } = useTranslation();
  return (
    <span className="badge batch-status" data-status={status}>
      {t(`batchStatus.${status}`)}
    </span>
  );
}
