import { useFocusOnNavigate } from "@yibao/ui";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * Every citizen page's frame: skip link, the authority's header, the page, the footer with the
 * hotlines, and (behind login) the bottom tab bar, last in the document and kept at the bottom.
 */
export function CitizenFrame({ tabBar, children }: { tabBar?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      <SiteFooter />
      {tabBar}
    </>
  );
}
