import { useMutation, useQueryClient } from "@tanstack/react-query";
import { failureMessage } from "@yibao/ui";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWording } from "../elder-mode/use-wording";
import { FormAlert } from "../forms/form-alert";
import { noteSignedOutEverywhere } from "../session/signed-out-everywhere";
import type { OwnAccount } from "./own-account";

/**
 * 退出所有设备: ends every session of the account, this one too, after a second press (no pop-up:
 * the question opens in place and takes focus). Then the login page says what happened.
 */
export function SignOutEverywhere({ account }: { account: OwnAccount }) {
  const { t } = useTranslation();
  const w = useWording();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const signOut = useMutation(
    account.security.signOutEverywhere.mutationOptions({
      onSuccess: () => {
        // Forget what this person saw; the guard then goes to login and says why.
        noteSignedOutEverywhere();
        const { queryKey } = account.session();
        const key = JSON.stringify(queryKey);
        queryClient.removeQueries({ predicate: (query) => JSON.stringify(query.queryKey) !== key });
        queryClient.setQueryData(queryKey, null);
      },
    }),
  );

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
  }, [confirming]);

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t("security.signOutEverywhere.heading")}</h2>
      <p>{w("security.signOutEverywhere.body")}</p>
      {confirming ? (
        <div className="confirm">
          <FormAlert message={signOut.isError ? failureMessage(t, signOut.error) : null} />
          <p ref={questionRef} tabIndex={-1} className="confirm-question">
            {w("security.signOutEverywhere.question")}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              {signOut.isPending
                ? t("security.signOutEverywhere.pending")
                : t("security.signOutEverywhere.confirm")}
            </button>
            <button
              type="button"
              className="button"
              disabled={signOut.isPending}
              onClick={() => {
                returnFocus.current = true;
                signOut.reset();
                setConfirming(false);
              }}
            >
              {t("security.signOutEverywhere.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="button" onClick={() => setConfirming(true)}>
          {t("security.signOutEverywhere.button")}
        </button>
      )}
    </section>
  );
}
