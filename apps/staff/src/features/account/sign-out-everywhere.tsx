import { useMutation } from "@tanstack/react-query";
import { failureMessage, useSignOut } from "@yibao/ui";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { trpcClient } from "../../trpc";
import { FormError } from "../errors/form-error";

/**
 * Ends every session of the account, this one included, for a staff member who left a counter
 * PC signed in or fears someone knows the password; this PC then shows the login page.
 */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const headingId = useId();
  const { signOut } = useSignOut();
  const end = useMutation({
    mutationFn: () => trpcClient.staff.security.signOutEverywhere.mutate(),
    onSuccess: () => signOut("signedOut"),
  });
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t("account.signOutEverywhere")}</h2>
      <p>{t("account.signOutEverywhereBody")}</p>
      <FormError message={end.isError ? failureMessage(t, end.error) : null} />
      <button
        type="button"
        className="button"
        disabled={end.isPending}
        aria-busy={end.isPending}
        onClick={() => end.mutate()}
      >
        {t("account.signOutEverywhereSubmit")}
      </button>
    </section>
  );
}
