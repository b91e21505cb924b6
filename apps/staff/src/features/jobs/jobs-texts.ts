import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `jobsEn` has the same keys. */
export const jobsZhCN = {
  heading: "后台任务",
};

export const jobsEn: ResourceShape<typeof jobsZhCN> = {
  heading: "Background jobs",
};
