import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `followUpsEn` has the same keys. */
export const followUpsZhCN = {
  heading: "差评回访",
};

export const followUpsEn: ResourceShape<typeof followUpsZhCN> = {
  heading: "Rating follow-ups",
};
