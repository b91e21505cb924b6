import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

/** What just happened, said on the page a flow ends at. */
export const pageNotices = [
  "registration",
  "passwordReset",
  "passwordChanged",
  "authenticatorOn",
  "authenticatorOff",
  "cardApplied",
  "replacementApplied",
  "cardReportedLost",
] as const;
export type PageNotice = (typeof pageNotices)[number];

export interface PageNoticeState {
  notice: PageNotice;
}

function noticeOf(state: unknown): PageNotice | null {
  if (typeof state !== "object" || state === null || !("notice" in state)) return null;
  return pageNotices.find((notice) => notice === state.notice) ?? null;
}

/** The notice the previous page left in the navigation's state, if any (below the heading). */
export function PageNoticeBanner() {
  const { t } = useTranslation();
  const notice = noticeOf(useLocation().state);
  if (notice === null) return null;
  return (
    <p className="notice notice-success" role="status">
      {t(`notices.${notice}`)}
    </p>
  );
}
