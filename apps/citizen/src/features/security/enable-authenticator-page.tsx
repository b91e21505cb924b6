import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { failureMessage, PageHeading, useDocumentTitle } from "@yibao/ui";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { useWording } from "../elder-mode/use-wording";
import { FormAlert } from "../forms/form-alert";
import { BackLink } from "../layout/back-link";
import type { PageNoticeState } from "../layout/page-notice";
import { AuthenticatorSetup } from "./authenticator-setup";
import { citizenAccount } from "./citizen-account";
import type { OwnAccount } from "./own-account";
import { RecoveryCodes } from "./recovery-codes";

type Step =
  | { kind: "intro" }
  | { kind: "scan"; otpauthUri: string; secret: string }
  | { kind: "recovery"; recoveryCodes: string[] };

/**
 * 开启身份验证器 of `account`: what it is, then the QR code (and the secret to type), a code to
 * prove the app works, then the recovery codes, shown this once, until the person says they have
 * kept them.
 */
export function EnableAuthenticatorPage({ account = citizenAccount }: { account?: OwnAccount }) {
  const { t } = useTranslation();
  const w = useWording();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery(account.session());
  const [step, setStep] = useState<Step>({ kind: "intro" });
  useDocumentTitle(w("pages.enableAuthenticator"));
  const begin = useMutation(
    account.secondFactor.beginEnrolment.mutationOptions({
      onSuccess: ({ otpauthUri, secret }) => setStep({ kind: "scan", otpauthUri, secret }),
    }),
  );

  if (step.kind === "intro" && session.data?.secondFactorEnabled) {
    return <Navigate to={account.paths.security} replace />;
  }

  return (
    <>
      <PageHeading>{w("pages.enableAuthenticator")}</PageHeading>
      {step.kind === "intro" ? (
        <>
          <p>{w("authenticator.intro")}</p>
          <p>{w("authenticator.apps")}</p>
          <FormAlert message={begin.isError ? failureMessage(t, begin.error) : null} />
          <button
            type="button"
            className="button button-primary button-wide"
            disabled={begin.isPending}
            onClick={() => begin.mutate()}
          >
            {t("authenticator.start")}
          </button>
          <div className="section">
            <BackLink to={account.paths.security}>{t("security.backToSecurity")}</BackLink>
          </div>
        </>
      ) : null}
      {step.kind === "scan" ? (
        <>
          <AuthenticatorSetup
            account={account}
            otpauthUri={step.otpauthUri}
            secret={step.secret}
            onConfirmed={(recoveryCodes) => {
              // The session now says the authenticator is on; the codes stay on screen meanwhile.
              void queryClient.invalidateQueries({ queryKey: account.session().queryKey });
              setStep({ kind: "recovery", recoveryCodes });
            }}
          />
          <div className="section">
            <BackLink to={account.paths.security}>{t("authenticator.cancel")}</BackLink>
          </div>
        </>
      ) : null}
      {step.kind === "recovery" ? (
        <RecoveryCodes
          codes={step.recoveryCodes}
          onSaved={() => {
            const state: PageNoticeState = { notice: "authenticatorOn" };
            navigate(account.paths.security, { replace: true, state });
          }}
        />
      ) : null}
    </>
  );
}
