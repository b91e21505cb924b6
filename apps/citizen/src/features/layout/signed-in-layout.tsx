import { Outlet } from "react-router";
import { CitizenFrame } from "../shell/citizen-frame";
import { TabBar } from "../shell/tab-bar";

interface SignedInLayoutProps {
  /** The session may see one page only (it must change its password first): no way elsewhere. */
  restricted: boolean;
}

/**
 * Pages behind login: the authority's header, the page, the footer, and the bottom tab bar
 * (首页 · 办事 · 消息 · 我的) as in Chinese public-service apps. The language switch and sign-out
 * are on 我的, where people look for them.
 */
export function SignedInLayout({ restricted }: SignedInLayoutProps) {
  return (
    <CitizenFrame tabBar={restricted ? null : <TabBar />}>
      <Outlet />
    </CitizenFrame>
  );
}
