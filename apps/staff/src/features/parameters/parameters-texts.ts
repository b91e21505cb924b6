import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `parametersEn` has the same keys. */
export const parametersZhCN = {
  heading: "业务参数",
};

export const parametersEn: ResourceShape<typeof parametersZhCN> = {
  heading: "Parameters",
};
