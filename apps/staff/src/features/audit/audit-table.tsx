import { revealReasons } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { DataTableRegion } from "../tables/data-table-region";
import { auditRoleKey } from "./audit-role-key";
import { formatAuditTime } from "./format-audit-time";

export type AuditEntry = RouterOutputs["staff"]["audit"]["search"]["items"][number];

/** The trail, densely: one row per entry, the action and the actor's role in words. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const reasonText = (reason: string | null) => {
    if (reason === null) return "—";
    return revealReasons.some((known) => known === reason) ? t(`revealReasons.${reason}`) : reason;
  };
  const roleText = (role: string | null) => {
    if (role === null) return "—";
    return t(auditRoleKey(role));
  };
  const actorText = (entry: AuditEntry) => {
    if (entry.actorKind === "ANONYMOUS") return t("audit.anonymous");
    if (entry.actorKind === "SYSTEM") return t("audit.system");
    return entry.actor ?? "—";
  };
  return (
    <DataTableRegion label={t("audit.tableLabel")}>
      <table className="data-table">
        <caption className="visually-hidden">{t("audit.tableLabel")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.seq")}</th>
            <th scope="col">{t("audit.at")}</th>
            <th scope="col">{t("audit.actorColumn")}</th>
            <th scope="col">{t("audit.role")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.subject")}</th>
            <th scope="col">{t("audit.result")}</th>
            <th scope="col">{t("audit.clientAddress")}</th>
            <th scope="col">{t("audit.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq} data-refused={entry.result === "REFUSED" ? "true" : undefined}>
              <td className="numeric">{entry.seq}</td>
              <td className="nowrap">{formatAuditTime(entry.at)}</td>
              <td>
                <code>{actorText(entry)}</code>
              </td>
              <td>{roleText(entry.actorRole)}</td>
              <td>{t(`auditActions.${entry.action}`)}</td>
              <td>
                {entry.subject ? (
                  <>
                    {entry.subject.name}{" "}
                    <span className="resident-id nowrap">{entry.subject.maskedResidentId}</span>
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td>{t(`audit.results.${entry.result}`)}</td>
              <td className="nowrap">{entry.clientAddress ?? "—"}</td>
              <td>{reasonText(entry.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
