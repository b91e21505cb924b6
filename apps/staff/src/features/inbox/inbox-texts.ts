import type { ResourceShape } from "@yibao/ui";

/** The texts of this area, zh-CN first; `inboxEn` has the same keys. */
export const inboxZhCN = {
  heading: "消息",
  intro:
    "每个工作日早上 8 点收到当天的办理提醒；节假日安排等事项也在这里提醒。点开一条即标为已读。",
  unreadCount: "未读消息：{{count}} 条",
  unread: "未读",
  empty: "还没有消息。",
  loadMore: "加载更多",
  loadingMore: "正在加载…",
};

export const inboxEn: ResourceShape<typeof inboxZhCN> = {
  heading: "Messages",
  intro:
    "Each working morning at 8:00 brings the day's reminder of applications due and overdue; other notices, such as the holiday arrangement, come here too. Opening a message marks it read.",
  unreadCount: "Unread messages: {{count}}",
  unread: "Unread",
  empty: "No messages yet.",
  loadMore: "Load more",
  loadingMore: "Loading…",
};
