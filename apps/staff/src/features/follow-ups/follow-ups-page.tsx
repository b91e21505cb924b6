import { useInfiniteQuery } from "@tanstack/react-query";
import { type FollowUpListStatus, followUpListStatuses, hasPermission } from "@yibao/domain";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { queryClient, trpc } from "../../trpc";
import { SelectField } from "../forms/select-field";
import { useStaffSession } from "../session/use-staff-session";
import { DataTableRegion } from "../tables/data-table-region";
import { LoadMore } from "../tables/load-more";
import { CallBackDialog, type FollowUpRow } from "./call-back-dialog";
import "./follow-ups.css";
import { RatingScores } from "./rating-scores";

/**
 * 差评回访: the county centre's follow-ups of bad ratings, the most pressing first (open ones by
 * due date, overdue ones marked), with the number to call and a call-back to record.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const [status, setStatus] = useState<FollowUpListStatus>("OPEN");
  const [recording, setRecording] = useState<FollowUpRow | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const recordedRef = useRef<HTMLParagraphElement>(null);
  useDocumentTitle(t("followUps.heading"));
  const followUps = useInfiniteQuery(
    trpc.staff.followUps.list.infiniteQueryOptions(
      { status },
      // Each page shows names and phone numbers and is audited: read it when asked, not on focus.
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchOnWindowFocus: false },
    ),
  );
  useEffect(() => {
    if (recorded) recordedRef.current?.focus();
  }, [recorded]);
  const rows = followUps.data?.pages.flatMap((page) => page.items) ?? [];
  const mayRecord = session ? hasPermission(session.role, "follow-up:record") : false;

  return (
    <>
      <PageHeading>{t("followUps.heading")}</PageHeading>
      <p>{t("followUps.intro")}</p>
      <div className="follow-up-filter">
        <SelectField
          name="status"
          label={t("followUps.show")}
          error={null}
          value={status}
          emptyOption={{ label: t("followUps.status.ALL"), selectable: true }}
          options={followUpListStatuses
            .filter((code) => code !== "ALL")
            .map((code) => ({ value: code, label: t(`followUps.status.${code}`) }))}
          onChange={(event) => {
            setRecorded(null);
            setStatus((event.target.value || "ALL") as FollowUpListStatus);
          }}
        />
      </div>
      <p ref={recordedRef} tabIndex={-1} role="status" className="follow-up-recorded">
        {recorded ? <span className="notice notice-success">{recorded}</span> : null}
      </p>
      {followUps.isPending ? <Loading /> : null}
      {followUps.isError ? (
        <QueryError error={followUps.error} onRetry={() => void followUps.refetch()} />
      ) : null}
      {followUps.data && rows.length === 0 ? (
        <p className="empty-state">
          {status === "OPEN" ? t("followUps.none") : t("followUps.noneAtAll")}
        </p>
      ) : null}
      {followUps.data && rows.length > 0 ? (
        <>
          <DataTableRegion label={t("followUps.tableLabel")}>
            <table className="data-table follow-ups-table">
              <caption className="visually-hidden">{t("followUps.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("followUps.column.dueDate")}</th>
                  <th scope="col">{t("followUps.column.person")}</th>
                  <th scope="col">{t("followUps.column.phone")}</th>
                  <th scope="col">{t("followUps.column.rating")}</th>
                  <th scope="col">{t("followUps.column.comment")}</th>
                  <th scope="col">{t("followUps.column.servicePoint")}</th>
                  <th scope="col">{t("followUps.column.callBack")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-tone={row.overdue ? "overdue" : undefined}>
                    <td className="nowrap">
                      {row.dueDate}
                      {row.overdue ? (
                        <>
                          {" "}
                          {/* In words and a frame, not by the row's colour alone (WCAG 1.4.1). */}
                          <span className="due" data-tone="overdue">
                            {t("followUps.overdue")}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <th scope="row">
                      {row.person.name}
                      <span className="follow-up-detail nowrap resident-id">
                        {row.person.maskedResidentId}
                      </span>
                    </th>
                    <td className="nowrap numeric">{row.person.phone ?? t("followUps.noPhone")}</td>
                    <td>
                      <RatingScores rating={row.rating} />
                      <span className="follow-up-detail nowrap">
                        {formatDateTime(row.rating.ratedAt)}
                      </span>
                    </td>
                    <td className="follow-up-comment">
                      {row.rating.comment ?? (
                        <span className="muted">{t("followUps.noComment")}</span>
                      )}
                    </td>
                    <td>
                      {row.servicePoint.name}
                      <span className="follow-up-detail">
                        {t(`followUps.channel.${row.rating.channel}`)}
                      </span>
                      <span className="follow-up-detail nowrap reference">
                        {row.application.reference}
                      </span>
                    </td>
                    <td className={row.callBack ? undefined : "nowrap"}>
                      {row.callBack ? (
                        <span className="follow-up-result">
                          <strong>{t(`followUps.outcomes.${row.callBack.outcome}`)}</strong>
                          <span>{row.callBack.note}</span>
                          <span className="follow-up-detail">
                            {t("followUps.calledBackBy", {
                              at: formatDateTime(row.callBack.at),
                              by: row.callBack.by ?? "",
                            })}
                          </span>
                        </span>
                      ) : mayRecord ? (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setRecording(row)}
                        >
                          {t("followUps.record")}
                          <span className="visually-hidden"> {row.person.name}</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DataTableRegion>
          <LoadMore
            shown={rows.length}
            hasMore={followUps.hasNextPage}
            loading={followUps.isFetchingNextPage}
            onLoadMore={() => void followUps.fetchNextPage()}
          />
        </>
      ) : null}
      {recording ? (
        <CallBackDialog
          followUp={recording}
          onRecorded={(done) => {
            setRecorded(t("followUps.recorded", { name: done.person.name }));
            void queryClient.invalidateQueries({ queryKey: trpc.staff.followUps.pathKey() });
          }}
          onClose={() => setRecording(null)}
        />
      ) : null}
    </>
  );
}
