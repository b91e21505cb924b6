import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../../api-types";

type CaseStatus = RouterOutputs["staff"]["tax"]["case"]["status"];

/** A supervision case's status as a badge: 办理中, 已结案. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className="status-badge" data-status={`CASE_${status}`}>
      {t(`tax.caseStatuses.${status}`)}
    </span>
  );
}
