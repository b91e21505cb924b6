import { useTranslation } from "react-i18next";
import { useSignOut } from "./use-sign-out";

export function SignOutButton({ keyShortcuts }: { keyShortcuts?: string }) {
  const { t } = useTranslation();
  const { signOut, pending } = useSignOut();
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-busy={pending}
      aria-keyshortcuts={keyShortcuts}
      disabled={pending}
      onClick={() => void signOut("signedOut")}
    >
      {pending ? t("session.signingOut") : t("session.signOut")}
    </button>
  );
}
