import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { SignOutButton } from "../session/sign-out-button";
import { LanguageSwitch } from "./language-switch";
import { SiteFrame } from "./site-frame";
import { useFocusOnNavigate } from "./use-focus-on-navigate";

interface SignedInFrameProps {
  /** The navigation's links, each in its `<li>`. */
  links: ReactNode;
  /** What follows the navigation in the header, such as who is signed in. */
  header?: ReactNode;
  signOutKeyShortcuts?: string | undefined;
  footer?: ReactNode;
}

/**
 * The frame of pages behind login: navigation, language switch and sign-out around the current
 * page, whose heading takes focus after each move.
 */
export function SignedInFrame({ links, header, signOutKeyShortcuts, footer }: SignedInFrameProps) {
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
      actions={
        <>
          <LanguageSwitch />
          <SignOutButton keyShortcuts={signOutKeyShortcuts} />
        </>
      }
      footer={footer}
    >
      <Outlet />
    </SiteFrame>
  );
}
