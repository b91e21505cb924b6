import { useInfiniteQuery } from "@tanstack/react-query";
import { hasPermission } from "@yibao/domain";
import { formatDateTime, Loading, PageHeading, QueryError, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouterOutputs } from "../../api-types";
import { trpc } from "../../trpc";
import { useStaffSession } from "../session/use-staff-session";
import { DataTableRegion } from "../tables/data-table-region";
import { LoadMore } from "../tables/load-more";
import { ManageStaffUserDialog } from "./manage-staff-user-dialog";
import { type StaffUserAction, staffUserActions } from "./staff-user-actions";

export type StaffUserRow = RouterOutputs["staff"]["users"]["list"]["items"][number];

/** 经办账号: every staff account of the county, with what the signed-in role may do to each. */
export function StaffUsersPage() {
  const { t } = useTranslation();
  const session = useStaffSession();
  // By id, so that the dialog shows the row as the list has it after each change; its actions as
  // they were on opening, so that a section stays to say it is done (unlocking ends "locked").
  const [managing, setManaging] = useState<{ id: string; actions: StaffUserAction[] } | null>(null);
  const users = useInfiniteQuery(
    trpc.staff.users.list.infiniteQueryOptions(
      {},
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  useDocumentTitle(t("pages.staffUsers"));
  if (!session) return null;
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];
  const managed = managing ? rows.find((user) => user.id === managing.id) : undefined;
  const yesNo = (value: boolean, yes: string, no: string) => t(value ? yes : no);

  return (
    <>
      <PageHeading>{t("pages.staffUsers")}</PageHeading>
      {hasPermission(session.role, "staff-user:create") ? (
        <p>
          <Link to="/staff-users/new" className="button button-primary">
            {t("staffUsers.create")}
          </Link>
        </p>
      ) : null}
      {users.isPending ? <Loading /> : null}
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : null}
      {users.data ? (
        <>
          <DataTableRegion label={t("staffUsers.tableLabel")}>
            <table className="data-table">
              <caption className="visually-hidden">{t("staffUsers.tableLabel")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("staffUsers.username")}</th>
                  <th scope="col">{t("staffUsers.displayName")}</th>
                  <th scope="col">{t("staff.role")}</th>
                  <th scope="col">{t("staff.servicePoint")}</th>
                  <th scope="col">{t("staffUsers.active")}</th>
                  <th scope="col">{t("staffUsers.secondFactor")}</th>
                  <th scope="col">{t("staffUsers.locked")}</th>
                  <th scope="col">{t("staffUsers.passwordChangedAt")}</th>
                  <th scope="col">{t("staffUsers.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((user) => {
                  const actions = staffUserActions(session.role, user);
                  return (
                    <tr key={user.id} data-inactive={user.active ? undefined : "true"}>
                      <th scope="row">
                        <code>{user.username}</code>
                      </th>
                      <td>{user.displayName}</td>
                      <td>{t(`roles.${user.role}`)}</td>
                      <td>{user.servicePoint.name}</td>
                      <td>{yesNo(user.active, "staffUsers.isActive", "staffUsers.isInactive")}</td>
                      <td>
                        {yesNo(
                          user.secondFactorEnrolled,
                          "staffUsers.enrolled",
                          "staffUsers.notEnrolled",
                        )}
                      </td>
                      <td>{yesNo(user.locked, "staffUsers.isLocked", "staffUsers.notLocked")}</td>
                      <td>{formatDateTime(user.passwordChangedAt)}</td>
                      <td>
                        {actions.length > 0 ? (
                          <button
                            type="button"
                            className="button button-small"
                            onClick={() => setManaging({ id: user.id, actions })}
                          >
                            {t("staffUsers.manage")}
                            <span className="visually-hidden"> {user.username}</span>
                          </button>
                        ) : (
                          <span className="muted">{t("staffUsers.noActions")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </DataTableRegion>
          <LoadMore
            shown={rows.length}
            hasMore={users.hasNextPage}
            loading={users.isFetchingNextPage}
            onLoadMore={() => void users.fetchNextPage()}
          />
        </>
      ) : null}
      {managing && managed ? (
        <ManageStaffUserDialog
          user={managed}
          actions={managing.actions}
          onClose={() => setManaging(null)}
        />
      ) : null}
    </>
  );
}
