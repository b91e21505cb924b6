import { useTranslation } from "react-i18next";
import "./inbox.css";
import { useInboxUnreadCount } from "./use-inbox-unread-count";

/** The unread count beside the navigation's 消息 link: a number to see, words to hear. */
export function InboxUnreadBadge() {
  const { t } = useTranslation();
  const unread = useInboxUnreadCount();
  if (unread === 0) return null;
  return (
    <span className="nav-count">
      <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
      <span className="visually-hidden">{t("inbox.unreadCount", { count: unread })}</span>
    </span>
  );
}
