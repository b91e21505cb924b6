import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `dashboardEn` has the same keys. */
export const dashboardZhCN = {
  heading: "办理时效",
};

export const dashboardEn: ResourceShape<typeof dashboardZhCN> = {
  heading: "Service levels",
};
