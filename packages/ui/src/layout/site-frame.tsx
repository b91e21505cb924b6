import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SkipLink } from "./skip-link";

interface SiteFrameProps {
  /** What stands in the header between the service's name and the actions, such as navigation. */
  header?: ReactNode;
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: skip link, header with the service's name, the main content. */
export function SiteFrame({ header, actions, footer, children }: SiteFrameProps) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <header className="site-header">
        <p className="brand">{t("app.name")}</p>
        {header}
        {actions ? <div className="header-actions">{actions}</div> : null}
      </header>
      <main id="main" tabIndex={-1} className="page">
        {children}
      </main>
      {footer}
    </>
  );
}
