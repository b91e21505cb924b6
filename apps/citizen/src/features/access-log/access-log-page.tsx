import { useInfiniteQuery } from "@tanstack/react-query";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";

/**
 * 账户查询记录: every time staff looked the person's account up — when, which office, in what
 * role, why and how (PIPL arts. 44–45: a person may know how their information is used).
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  const w = useWording();
  useDocumentTitle(w("pages.accessLog"));
  const log = useInfiniteQuery(
    trpc.citizen.account.accessLog.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  // A code this app has no words for yet is shown as "not recorded" rather than as a code.
  const word = (group: string, code: string | null) =>
    code ? t([`accessLog.${group}.${code}`, "accessLog.unknown"]) : t("accessLog.unknown");

  return (
    <>
      <PageHeading>{w("pages.accessLog")}</PageHeading>
      <p>{w("accessLog.intro")}</p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <QueryError error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data ? (
        items.length === 0 ? (
          <p className="empty">{w("accessLog.empty")}</p>
        ) : (
          <ol className="access-log">
            {items.map((item, index) => (
              <li key={`${item.at}-${index}`} className="access-entry">
                <p className="access-entry-heading">
                  <span className="visually-hidden">{t("accessLog.at")} </span>
                  <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                </p>
                <dl className="facts">
                  <div>
                    <dt>{t("accessLog.by")}</dt>
                    <dd>{item.by || t("accessLog.unknown")}</dd>
                  </div>
                  <div>
                    <dt>{t("accessLog.role")}</dt>
                    <dd>{word("roles", item.role)}</dd>
                  </div>
                  <div>
                    <dt>{t("accessLog.reason")}</dt>
                    <dd>{word("reasons", item.reason)}</dd>
                  </div>
                  <div>
                    <dt>{t("accessLog.method")}</dt>
                    <dd>{word("methods", item.method)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        )
      ) : null}
      {log.hasNextPage ? (
        <button
          type="button"
          className="button button-wide"
          disabled={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? t("accessLog.loadingMore") : t("accessLog.loadMore")}
        </button>
      ) : null}
      <p className="hint access-log-help">{t("accessLog.notYou")}</p>
      <BackLink to="/profile">{t("accessLog.backToProfile")}</BackLink>
    </>
  );
}
