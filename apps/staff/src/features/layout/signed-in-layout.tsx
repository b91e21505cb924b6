import { LanguageSwitch, SignedInFrame, SignOutButton, useSignOut } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink, useNavigate } from "react-router";
import { ShortcutHints } from "../shortcuts/shortcut-hints";
import { useShortcuts } from "../shortcuts/use-shortcuts";

export interface StaffSessionView {
  displayName: string;
  role: string;
  servicePoint: { code: string; name: string; kind: string };
}

const keys = { applications: "Alt+A", signOut: "Alt+L" } as const;
const hints = [
  { keys: keys.applications, labelKey: "shortcuts.applications" },
  { keys: keys.signOut, labelKey: "shortcuts.signOut" },
];

/** The counter's frame: who is signed in where, the work areas, the shortcuts. */
export function SignedInLayout({ session }: { session: StaffSessionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  useShortcuts([
    { keys: keys.applications, run: () => navigate("/applications") },
    { keys: keys.signOut, run: () => void signOut("signedOut") },
  ]);

  return (
    <SignedInFrame
      links={
        <li>
          <NavLink to="/applications" aria-keyshortcuts={keys.applications}>
            {t("nav.applications")}
          </NavLink>
        </li>
      }
      header={
        <dl className="who" aria-label={t("staff.who")}>
          <div>
            <dt className="visually-hidden">{t("staff.who")}</dt>
            <dd className="who-name">{session.displayName}</dd>
          </div>
          <div>
            <dt className="visually-hidden">{t("staff.role")}</dt>
            <dd>{t(`roles.${session.role}`, { defaultValue: session.role })}</dd>
          </div>
          <div>
            <dt className="visually-hidden">{t("staff.servicePoint")}</dt>
            <dd>{session.servicePoint.name}</dd>
          </div>
        </dl>
      }
      actions={
        <>
          <LanguageSwitch />
          <SignOutButton keyShortcuts={keys.signOut} />
        </>
      }
      footer={
        <footer className="site-footer">
          <ShortcutHints hints={hints} />
        </footer>
      }
    />
  );
}
