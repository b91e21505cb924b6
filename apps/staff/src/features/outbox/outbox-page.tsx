import { useInfiniteQuery } from "@tanstack/react-query";
import {
  formatDateTime,
  Loading,
  PageHeading,
  QueryError,
  readServerError,
  useDocumentTitle,
} from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { DataTableRegion } from "../tables/data-table-region";
import { LoadMore } from "../tables/load-more";

/**
 * 短信发件箱 (development and test only): the text messages Yibao would have sent, so that a
 * developer or tester can read a verification code. In production the server answers NOT_FOUND.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const messages = useInfiniteQuery(
    trpc.staff.outbox.list.infiniteQueryOptions(
      {},
      // Reading the outbox is audited: read it when asked, not on every window focus.
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchOnWindowFocus: false },
    ),
  );
  useDocumentTitle(t("pages.outbox"));
  const notHere = messages.isError && readServerError(messages.error).domainCode === "NOT_FOUND";
  const rows = messages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading>{t("pages.outbox")}</PageHeading>
      {notHere ? <p className="notice">{t("outbox.production")}</p> : <p>{t("outbox.intro")}</p>}
      {messages.isPending ? <Loading /> : null}
      {messages.isError && !notHere ? (
        <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : null}
      {messages.data ? (
        <>
          <DataTableRegion label={t("outbox.tableLabel")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("outbox.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("outbox.at")}</th>
                  <th scope="col">{t("outbox.phone")}</th>
                  <th scope="col">{t("outbox.template")}</th>
                  <th scope="col">{t("outbox.text")}</th>
                  <th scope="col">{t("outbox.status")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((message) => (
                  <tr key={message.id}>
                    <td className="nowrap">{formatDateTime(message.at)}</td>
                    <td className="nowrap">{message.phone}</td>
                    <td className="nowrap">
                      <code>{message.templateId}</code>
                    </td>
                    <td lang="zh-CN">{message.text}</td>
                    <td className="nowrap">
                      {t(`outbox.statuses.${message.status}`, { defaultValue: message.status })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </DataTableRegion>
          <LoadMore
            shown={rows.length}
            hasMore={messages.hasNextPage}
            loading={messages.isFetchingNextPage}
            onLoadMore={() => void messages.fetchNextPage()}
          />
        </>
      ) : null}
    </>
  );
}
