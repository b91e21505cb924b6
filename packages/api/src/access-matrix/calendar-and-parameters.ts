import { countyStaffRoles } from "@yibao/domain";
import type { Entry } from "./matrix-entry";

/** The working-day calendar and the county parameters. */
export const calendarAndParametersMatrix: Record<string, Entry> = {
  "staff.calendar.get": {
    allowed: countyStaffRoles,
    call: (c) => c.staff.calendar.get({ year: 2026 }),
  },
  "staff.calendar.status": { allowed: countyStaffRoles, call: (c) => c.staff.calendar.status() },
  "staff.calendar.setYear": {
    allowed: ["ADMINISTRATOR"],
    call: (c) =>
      c.staff.calendar.setYear({
        year: 2027,
        holidays: [{ date: "2027-01-01", name: "元旦" }],
        makeUpWorkdays: [],
        notice: "矩阵测试通知",
      }),
  },
  "staff.parameters.list": { allowed: countyStaffRoles, call: (c) => c.staff.parameters.list() },
  "staff.parameters.set": {
    allowed: ["ADMINISTRATOR"],
    call: (c) =>
      c.staff.parameters.set({
        key: "PICKUP_PERIOD_DAYS",
        value: 180,
        effectiveFrom: "2027-01-01",
        reason: "矩阵测试",
      }),
  },
};
