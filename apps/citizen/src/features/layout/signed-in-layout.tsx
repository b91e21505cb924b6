import { SignedInFrame } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

interface SignedInLayoutProps {
  /** The session may see one page only (it must change its password first): no way elsewhere. */
  restricted: boolean;
}

/**
 * The phone's header: the service's name and the two main places, in one row. The language
 * switch and sign-out are on 我的, where people look for them in Chinese public-service apps.
 */
export function SignedInLayout({ restricted }: SignedInLayoutProps) {
  const { t } = useTranslation();
  return (
    <SignedInFrame
      links={
        restricted ? (
          <li>
            <NavLink to="/security/password">{t("pages.changePassword")}</NavLink>
          </li>
        ) : (
          <>
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/profile">{t("nav.profile")}</NavLink>
            </li>
          </>
        )
      }
    />
  );
}
