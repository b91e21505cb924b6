import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { hasPermission, roleScope } from "@yibao/domain";
import { Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { trpc } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { ShortcutHints } from "../shortcuts/shortcut-hints";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { LoadMore } from "../tables/load-more";
import { counterActions, pageKeys, paneKeys } from "./application-action-keys";
import { ApplicationPane } from "./application-pane";
import { queueConfigOf, queueConfigs } from "./queue-config";
import { QueueTable } from "./queue-table";

/**
 * 制卡申请: the counter's work layout — the queues with their counts, the chosen queue as a
 * dense table, and the open application beside it. The queue and the open application are in the
 * address; the search never is (it holds an ID number or a name).
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const config = queueConfigOf(params.get("queue"));
  const openId = params.get("application");
  const [search, setSearch] = useState("");
  const [servicePointCode, setServicePointCode] = useState("");
  const searchInput = useRef<HTMLInputElement>(null);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>()).current;
  const returnTo = useRef<string | null>(null);
  const county = session ? roleScope[session.role] === "COUNTY" : false;
  const pointFilter = county && servicePointCode ? { servicePointCode } : {};
  // For the county centre the overdue queue is "overdue across the county".
  const queueName = (name: string) =>
    t(
      county
        ? [`applications.countyQueues.${name}`, `applications.queues.${name}`]
        : `applications.queues.${name}`,
    );
  useDocumentTitle(t("pages.applications"));

  const counts = useQuery(trpc.staff.applications.counts.queryOptions(pointFilter));
  const points = useQuery({ ...trpc.staff.servicePoints.list.queryOptions(), enabled: county });
  const queue = useInfiniteQuery(
    trpc.staff.applications.queue.infiniteQueryOptions(
      { queue: config.queue, ...pointFilter, ...(search ? { search } : {}) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = queue.data?.pages.flatMap((page) => page.items) ?? [];

  function showQueue(name: string) {
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set("queue", name);
      return next;
    });
  }
  function open(id: string) {
    returnTo.current = id;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set("application", id);
      return next;
    });
  }
  // Closing the pane gives the focus back to the row of the application, else to the list.
  function close() {
    const id = returnTo.current ?? openId;
    returnTo.current = null;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete("application");
      return next;
    });
    requestAnimationFrame(() => {
      const row = (id ? rowButtons.get(id) : undefined) ?? rowButtons.values().next().value;
      (row ?? listHeading.current)?.focus();
    });
  }
  const listHeading = useRef<HTMLHeadingElement>(null);

  const canRegister = session ? hasPermission(session.role, "application:register") : false;
  const canReportLoss = session
    ? hasPermission(session.role, "card:report-lost-for-person")
    : false;
  useShortcuts([
    ...queueConfigs.map((queueConfig) => ({
      keys: queueConfig.keys,
      run: () => showQueue(queueConfig.queue),
    })),
    ...(canRegister ? [{ keys: pageKeys.register, run: () => navigate("/applications/new") }] : []),
    ...(canReportLoss
      ? [{ keys: pageKeys.reportLoss, run: () => navigate("/applications/report-loss") }]
      : []),
    { keys: pageKeys.search, run: () => searchInput.current?.focus() },
  ]);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("search") ?? "").trim());
  }

  const hints = [
    { keys: "Alt+1…6", labelKey: "applications.hints.queues" },
    { keys: "J/K ↑/↓", labelKey: "applications.hints.move" },
    { keys: "Enter", labelKey: "applications.hints.open" },
    { keys: paneKeys.close, labelKey: "applications.hints.close" },
    ...(canRegister ? [{ keys: pageKeys.register, labelKey: "applications.register" }] : []),
    ...(canReportLoss ? [{ keys: pageKeys.reportLoss, labelKey: "applications.reportLoss" }] : []),
    { keys: pageKeys.search, labelKey: "applications.hints.search" },
    ...counterActions.map((action) => ({
      keys: action.keys,
      labelKey: `applications.actions.${action.type}`,
    })),
    { keys: paneKeys.print, labelKey: "applications.hints.print" },
  ];

  return (
    <div className="workbench" data-pane={openId ? "open" : undefined}>
      <div className="workbench-top">
        <PageHeading>{t("pages.applications")}</PageHeading>
        <div className="button-row">
          {canRegister ? (
            <Link
              to="/applications/new"
              className="button button-primary"
              aria-keyshortcuts={pageKeys.register}
            >
              {t("applications.register")} <kbd className="key-hint">{pageKeys.register}</kbd>
            </Link>
          ) : null}
          {canReportLoss ? (
            <Link
              to="/applications/report-loss"
              className="button"
              aria-keyshortcuts={pageKeys.reportLoss}
            >
              {t("applications.reportLoss")} <kbd className="key-hint">{pageKeys.reportLoss}</kbd>
            </Link>
          ) : null}
        </div>
      </div>

      <nav className="queue-nav" aria-label={t("applications.queuesLabel")}>
        <ul>
          {queueConfigs.map((queueConfig) => (
            <li key={queueConfig.queue}>
              <Link
                to={`?queue=${queueConfig.queue}`}
                aria-current={queueConfig.queue === config.queue ? "page" : undefined}
                aria-keyshortcuts={queueConfig.keys}
                data-queue={queueConfig.queue}
              >
                <span>{queueName(queueConfig.queue)}</span>
                <span className="queue-count">
                  {counts.data ? counts.data[queueConfig.queue] : "…"}
                  <span className="visually-hidden"> {t("applications.countUnit")}</span>
                </span>
                <kbd className="key-hint">{queueConfig.keys}</kbd>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="workbench-list">
        <h2 ref={listHeading} tabIndex={-1}>
          {queueName(config.queue)}
        </h2>
        <div className="queue-filters">
          <search className="search-form">
            <form onSubmit={submitSearch}>
              <label htmlFor="application-search" className="field-label">
                {t("applications.search.label")} <kbd className="key-hint">/</kbd>
              </label>
              <p id="application-search-hint" className="hint">
                {t("applications.search.hint")}
              </p>
              <div className="field-control">
                <input
                  ref={searchInput}
                  id="application-search"
                  name="search"
                  className="input"
                  type="search"
                  autoComplete="off"
                  maxLength={64}
                  aria-describedby="application-search-hint"
                />
                <button type="submit" className="button">
                  {t("applications.search.submit")}
                </button>
              </div>
            </form>
          </search>
          {county ? (
            <div className="field">
              <label htmlFor="service-point-filter" className="field-label">
                {t("applications.servicePointFilter")}
              </label>
              <select
                id="service-point-filter"
                className="input"
                value={servicePointCode}
                onChange={(event) => setServicePointCode(event.target.value)}
              >
                <option value="">{t("applications.allServicePoints")}</option>
                {(points.data ?? []).map((point) => (
                  <option key={point.code} value={point.code}>
                    {point.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {search ? (
          <p role="status">
            {t("applications.search.showing")}{" "}
            <button type="button" className="button button-small" onClick={() => setSearch("")}>
              {t("applications.search.clear")}
            </button>
          </p>
        ) : null}
        {queue.isPending ? <Loading /> : null}
        {queue.isError ? (
          <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
        ) : null}
        {queue.data && rows.length === 0 ? (
          <p className="empty-state" role="status">
            {t(search ? "applications.search.none" : "applications.emptyQueue")}
          </p>
        ) : null}
        {rows.length > 0 ? (
          <>
            <QueueTable
              label={queueName(config.queue)}
              rows={rows}
              columns={config.columns.filter((column) => county || column !== "servicePoint")}
              openId={openId}
              onOpen={open}
              rowButtons={rowButtons}
            />
            {rows.some((row) => row.dueDateProvisional) ? (
              <p className="hint">{t("applications.provisionalHint")}</p>
            ) : null}
            <LoadMore
              shown={rows.length}
              hasMore={queue.hasNextPage}
              loading={queue.isFetchingNextPage}
              onLoadMore={() => void queue.fetchNextPage()}
            />
          </>
        ) : null}
      </div>

      {openId ? (
        <ApplicationPane
          applicationId={openId}
          primaryAction={config.primaryAction}
          onClose={close}
        />
      ) : null}

      <div className="workbench-hints">
        <ShortcutHints hints={hints} titleKey="applications.hints.heading" />
      </div>
    </div>
  );
}
