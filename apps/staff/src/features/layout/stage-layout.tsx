import {
  LanguageSwitch,
  SignOutButton,
  SiteFrame,
  useFocusOnNavigate,
  useSignOut,
} from "@yibao/ui";
import { Outlet } from "react-router";
import type { StaffSession } from "../../api-types";
import { ShortcutHints } from "../shortcuts/shortcut-hints";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { StaffWho } from "./staff-who";
import { signOutKeys } from "./work-areas";

const hints = [{ keys: signOutKeys, labelKey: "shortcuts.signOut" }];

/**
 * The frame of a step that must come first (enrolling the second factor, changing the password):
 * who is signed in and the way out, but no navigation, as nothing else is open yet.
 */
export function StageLayout({ session }: { session: StaffSession }) {
  const { signOut } = useSignOut();
  useFocusOnNavigate();
  useShortcuts([{ keys: signOutKeys, run: () => void signOut("signedOut") }]);
  return (
    <SiteFrame
      header={<StaffWho session={session} />}
      actions={
        <>
          <LanguageSwitch />
          <SignOutButton keyShortcuts={signOutKeys} />
        </>
      }
      footer={
        <footer className="site-footer">
          <ShortcutHints hints={hints} />
        </footer>
      }
    >
      <Outlet />
    </SiteFrame>
  );
}
