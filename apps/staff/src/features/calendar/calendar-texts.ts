import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `calendarEn` has the same keys. */
export const calendarZhCN = {
  heading: "工作日历",
};

export const calendarEn: ResourceShape<typeof calendarZhCN> = {
  heading: "Working calendar",
};
