import { createColumnHelper, tableFeatures } from "@tanstack/react-table";
import type { TFunction } from "i18next";
import type { RouterOutputs } from "../../api-types";
import { DueBadge, DueDate } from "./due-badge";
import type { QueueColumnId } from "./queue-config";

export type QueueRow = RouterOutputs["staff"]["applications"]["queue"]["items"][number];

export const queueFeatures = tableFeatures({});
const helper = createColumnHelper<typeof queueFeatures, QueueRow>();

/**
 * Every column a queue may show; the receipt number is rendered by the table itself, as the row's
 * header holding the button that opens the application.
 */
export function queueColumns(t: TFunction, ids: readonly QueueColumnId[]) {
  const all = {
    reference: helper.accessor("reference", { header: () => t("applications.columns.reference") }),
    name: helper.accessor("name", { header: () => t("applications.columns.name") }),
    maskedResidentId: helper.accessor("maskedResidentId", {
      header: () => t("applications.columns.maskedResidentId"),
      cell: (info) => <span className="resident-id">{info.getValue()}</span>,
    }),
    channel: helper.accessor("channel", {
      header: () => t("applications.columns.channel"),
      cell: (info) => t(`applications.channels.${info.getValue()}`),
    }),
    status: helper.accessor("status", {
      header: () => t("applications.columns.status"),
      cell: (info) => (
        <span className="status-badge" data-status={info.getValue()}>
          {t(`applications.statuses.${info.getValue()}`)}
        </span>
      ),
    }),
    servicePoint: helper.accessor((row) => row.servicePoint.name, {
      id: "servicePoint",
      header: () => t("applications.columns.servicePoint"),
    }),
    dueDate: helper.accessor("dueDate", {
      header: () => t("applications.columns.dueDate"),
      cell: (info) => (
        <DueDate date={info.getValue()} provisional={info.row.original.dueDateProvisional} />
      ),
    }),
    daysLeft: helper.accessor("workingDaysLeft", {
      id: "daysLeft",
      header: () => t("applications.columns.daysLeft"),
      cell: (info) => (
        <DueBadge
          workingDaysLeft={info.getValue()}
          overdue={info.row.original.overdue}
          dueToday={info.row.original.dueToday}
        />
      ),
    }),
  };
  return helper.columns(ids.map((id) => all[id]));
}
