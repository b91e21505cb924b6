import type { ResourceShape } from "@yibao/ui";

/** 好差评: the texts of rating a finished case, zh-CN first; `ratingEn` has the same keys. */
export const ratingZhCN = {
  heading: "评价本次服务",
};

export const ratingEn: ResourceShape<typeof ratingZhCN> = {
  heading: "Rate this service",
};
