import { LanguageSwitch, SignedInFrame, SignOutButton, useSignOut } from "@yibao/ui";
import { useTranslation } from "react-i18next";
import { NavLink, useNavigate } from "react-router";
import type { StaffSession } from "../../api-types";
import { CalendarYearWarning } from "../calendar/calendar-year-warning";
import { InboxUnreadBadge } from "../inbox/inbox-unread-badge";
import { ShortcutHints } from "../shortcuts/shortcut-hints";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { StaffWho } from "./staff-who";
import { accountArea, signOutKeys, workAreasFor } from "./work-areas";

/** The counter's frame: who is signed in where, the work areas the role opens, the shortcuts. */
export function SignedInLayout({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOut } = useSignOut();
  const areas = workAreasFor(session.role);
  // The letters run out: the areas a counter opens many times a day have one, the rest none.
  const withKeys = [...areas, accountArea].flatMap((area) =>
    area.keys ? [{ ...area, keys: area.keys }] : [],
  );
  useShortcuts([
    ...withKeys.map((area) => ({ keys: area.keys, run: () => navigate(area.path) })),
    { keys: signOutKeys, run: () => void signOut("signedOut") },
  ]);
  const hints = [
    ...withKeys.map((area) => ({ keys: area.keys, labelKey: area.labelKey })),
    { keys: signOutKeys, labelKey: "shortcuts.signOut" },
  ];

  return (
    <SignedInFrame
      links={areas.map((area) => (
        <li key={area.path}>
          <NavLink to={area.path} aria-keyshortcuts={area.keys}>
            {t(area.labelKey)}
            {area.path === "/inbox" ? <InboxUnreadBadge /> : null}
          </NavLink>
        </li>
      ))}
      header={
        <>
          <StaffWho session={session} />
          <CalendarYearWarning role={session.role} />
        </>
      }
      actions={
        <>
          <LanguageSwitch />
          <NavLink
            to={accountArea.path}
            className="button button-quiet"
            aria-keyshortcuts={accountArea.keys}
          >
            {t(accountArea.labelKey)}
          </NavLink>
          <SignOutButton keyShortcuts={signOutKeys} />
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
