import { useQuery } from "@tanstack/react-query";
import { hasPermission, type StaffRole } from "@yibao/domain";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { trpc } from "../../trpc";
import "./calendar.css";

/**
 * On every page, for those who enter the calendar (administrators): the year whose holiday
 * notice is owed, from 1 November on, with the way to enter it. Gone once it is saved (the save
 * refreshes `staff.calendar.status`).
 */
export function CalendarYearWarning({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const canManage = hasPermission(role, "calendar:manage");
  const status = useQuery({ ...trpc.staff.calendar.status.queryOptions(), enabled: canManage });
  const year = status.data?.missingYear ?? null;
  if (!canManage || year === null) return null;
  return (
    <p className="notice notice-warning calendar-year-warning">
      {t("calendar.warning.text", { year })}{" "}
      <Link to="/calendar">{t("calendar.warning.link", { year })}</Link>
    </p>
  );
}
