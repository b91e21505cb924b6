import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUnreadCount } from "../messages/use-unread-count";
import { type IconName, icons } from "./icons";

/** The four places of a Chinese public-service app, in their usual order. */
export const tabs = [
  { id: "home", path: "/", end: true },
  { id: "services", path: "/services", end: false },
  { id: "messages", path: "/messages", end: false },
  { id: "profile", path: "/profile", end: false },
] as const satisfies readonly { id: IconName; path: string; end: boolean }[];

/**
 * The bottom tab bar. The current tab is marked by weight, a bar above it and aria-current, not
 * by colour alone; 消息 carries the number of unread messages, in words for screen readers.
 */
export function TabBar() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  return (
    <nav aria-label={t("nav.label")} className="tab-bar">
      <ul>
        {tabs.map((tab) => {
          const Icon = icons[tab.id];
          return (
            <li key={tab.id}>
              <NavLink to={tab.path} end={tab.end} className="tab">
                <Icon />
                <span className="tab-label">{t(`nav.${tab.id}`)}</span>
                {tab.id === "messages" && unread > 0 ? (
                  <span className="tab-count">
                    <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
                    <span className="visually-hidden">
                      {t("messages.unreadCount", { count: unread })}
                    </span>
                  </span>
                ) : null}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
