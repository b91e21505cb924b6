import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `deliveriesEn` has the same keys. */
export const deliveriesZhCN = {
  heading: "短信发送失败",
};

export const deliveriesEn: ResourceShape<typeof deliveriesZhCN> = {
  heading: "Undelivered messages",
};
