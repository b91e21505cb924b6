import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `inboxEn` has the same keys. */
export const inboxZhCN = {
  heading: "消息",
};

export const inboxEn: ResourceShape<typeof inboxZhCN> = {
  heading: "Messages",
};
