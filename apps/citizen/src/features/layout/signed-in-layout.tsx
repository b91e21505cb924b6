import { SignedInFrame } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useWording } from "../elder-mode/use-wording";

export function SignedInLayout() {
  const { t } = useTranslation();
  const w = useWording();
  return (
    <SignedInFrame
      links={
        <>
          <li>
            <NavLink to="/" end>
              {t("nav.home")}
            </NavLink>
          </li>
          <li>
            <NavLink to="/profile">{w("nav.profile")}</NavLink>
          </li>
        </>
      }
    />
  );
}
