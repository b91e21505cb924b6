import { LanguageSwitch, SignedInFrame, SignOutButton } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { employerPaths } from "./employer-paths";

interface EmployerFrameProps {
  agent: { name: string; employer: { name: string; creditCode: string } };
}

/**
 * The portal's frame for a signed-in agent: the employer they act for (name and credit code) and
 * who they are, always in view, as an agent sees only that employer; the two work areas and the
 * agent's own 账号安全.
 */
export function EmployerFrame({ agent }: EmployerFrameProps) {
  const { t } = useTranslation();
  return (
    <SignedInFrame
      links={
        <>
          <li>
            <NavLink to={employerPaths.home} end>
              {t("nav.batches")}
            </NavLink>
          </li>
          <li>
            <NavLink to={employerPaths.cards}>{t("nav.cards")}</NavLink>
          </li>
          <li>
            <NavLink to={employerPaths.security}>{t("pages.security")}</NavLink>
          </li>
        </>
      }
      header={
        <p className="employer-identity">
          <span className="employer-name">{agent.employer.name}</span>
          <span>{t("header.creditCode", { code: agent.employer.creditCode })}</span>
          <span>{t("header.agent", { name: agent.name })}</span>
        </p>
      }
      actions={
        <>
          <LanguageSwitch />
          <SignOutButton />
        </>
      }
    />
  );
}
