import { useQuery } from "@tanstack/react-query";
import { hasPermission } from "@yibao/domain";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../api-types";
import { trpc } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { DataTableRegion } from "../tables/data-table-region";
import { ParameterChangeForm } from "./parameter-change-form";
import { parameterValueWords } from "./parameter-words";

export type ParameterRow = RouterOutputs["staff"]["parameters"]["list"]["parameters"][number];

/**
 * 业务参数: each county parameter in words with its unit, the value in force today, a change
 * scheduled for a later day, and every record; administrators schedule a change below.
 */
export function ParametersPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const list = useQuery(trpc.staff.parameters.list.queryOptions());
  useDocumentTitle(t("parameters.heading"));
  const canManage = session !== null && hasPermission(session.role, "parameter:manage");
  const nameOf = (key: string) => t(`parameters.names.${key}`, { defaultValue: key });

  return (
    <>
      <PageHeading>{t("parameters.heading")}</PageHeading>
      <p>{t("parameters.intro")}</p>
      {canManage ? null : <p className="muted">{t("parameters.readOnly")}</p>}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <DataTableRegion label={t("parameters.tableLabel")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("parameters.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("parameters.columns.parameter")}</th>
                  <th scope="col">{t("parameters.columns.value")}</th>
                  <th scope="col">{t("parameters.columns.since")}</th>
                  <th scope="col">{t("parameters.columns.scheduled")}</th>
                  <th scope="col">{t("parameters.columns.history")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.parameters.map((parameter) => {
                  const words = (value: number | boolean) =>
                    parameterValueWords(t, parameter.unit, value);
                  return (
                    <tr key={parameter.key}>
                      <th scope="row">{nameOf(parameter.key)}</th>
                      <td className="nowrap">{words(parameter.value)}</td>
                      <td className="nowrap">
                        {parameter.effectiveFrom ?? t("parameters.sinceDefault")}
                      </td>
                      <td>
                        {parameter.scheduled
                          ? t("parameters.scheduledValue", {
                              date: parameter.scheduled.effectiveFrom,
                              value: words(parameter.scheduled.value),
                            })
                          : t("parameters.noneScheduled")}
                      </td>
                      <td>
                        {parameter.history.length > 0 ? (
                          <details>
                            <summary>
                              {t("parameters.historyCount", { count: parameter.history.length })}
                            </summary>
                            <ol>
                              {parameter.history.map((record) => (
                                <li key={record.effectiveFrom}>
                                  <strong>
                                    {t("parameters.historyEntry", {
                                      date: record.effectiveFrom,
                                      value: words(record.value),
                                    })}
                                  </strong>{" "}
                                  （{t(`parameters.states.${record.state}`)}）
                                  <br />
                                  <span className="muted">
                                    {record.recordedBy
                                      ? t("parameters.historyBy", {
                                          by: record.recordedBy,
                                          at: formatDateTime(record.recordedAt),
                                        })
                                      : t("parameters.historyBySeed", {
                                          at: formatDateTime(record.recordedAt),
                                        })}
                                  </span>
                                  {record.reason ? (
                                    <>
                                      <br />
                                      {t("parameters.historyReason", { reason: record.reason })}
                                    </>
                                  ) : null}
                                </li>
                              ))}
                            </ol>
                          </details>
                        ) : (
                          <span className="muted">{t("parameters.noneScheduled")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DataTableRegion>
          {canManage ? (
            <ParameterChangeForm parameters={list.data.parameters} today={list.data.today} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
