import { useTranslation } from "react-i18next";
import { useSignOut } from "./use-sign-out";

interface SignOutButtonProps {
  keyShortcuts?: string;
  className?: string;
}

export function SignOutButton({
  keyShortcuts,
  className = "button button-quiet",
}: SignOutButtonProps) {
  const { t } = useTranslation();
  const { signOut, pending } = useSignOut();
  return (
    <button
      type="button"
      className={className}
      aria-busy={pending}
      aria-keyshortcuts={keyShortcuts}
      disabled={pending}
      onClick={() => void signOut("signedOut")}
    >
      {pending ? t("session.signingOut") : t("session.signOut")}
    </button>
  );
}
