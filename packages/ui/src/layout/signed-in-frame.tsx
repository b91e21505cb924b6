import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { SiteFrame } from "./site-frame";
import { useFocusOnNavigate } from "./use-focus-on-navigate";

interface SignedInFrameProps {
  /** The navigation's links, each in its `<li>`. */
  links: ReactNode;
  /** What follows the navigation in the header, such as who is signed in. */
  header?: ReactNode;
  /**
   * The header's buttons, such as the language switch and sign-out. None by default: on a phone
   * the header holds only the navigation, and the app puts them on a page of its own.
   */
  actions?: ReactNode;
  footer?: ReactNode;
}

/**
 * The frame of pages behind login: the navigation and the app's header content around the
 * current page, whose heading takes focus after each move.
 */
export function SignedInFrame({ links, header, actions, footer }: SignedInFrameProps) {
  const { t } = useTranslation();
  useFocusOnNavigate();
  return (
    <SiteFrame
      header={
        <>
          <nav aria-label={t("nav.label")} className="site-nav">
            <ul>{links}</ul>
          </nav>
          {header}
        </>
      }
      actions={actions}
      footer={footer}
    >
      <Outlet />
    </SiteFrame>
  );
}
