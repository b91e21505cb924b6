import { useQuery } from "@tanstack/react-query";
import { clearSessionEndReason, PageHeading, PublicLayout, useDocumentTitle } from "@yibao/ui";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useNavigationType } from "react-router";
import { queryClient, trpc } from "../../trpc";
import { useWording } from "../elder-mode/use-wording";
import { BackLink } from "../layout/back-link";
import type { PageNoticeState } from "../layout/page-notice";
import { CodeStep } from "./code-step";
import { DetailsStep } from "./details-step";
import type {
  Challenge,
  PersonDetails,
  VerificationApi,
  VerificationPurpose,
} from "./verification-api";

interface Sent {
  details: PersonDetails;
  challenge: Challenge;
  sentAtMs: number;
  resent: boolean;
}

interface PhoneVerificationPageProps {
  purpose: VerificationPurpose;
  api: VerificationApi;
}

/**
 * Registration (注册) and password recovery (忘记密码): who the person is and their mobile number
 * as the insured record holds them, then the code texted to that number and a new password; then
 * they are signed in and at home.
 */
export function PhoneVerificationPage({ purpose, api }: PhoneVerificationPageProps) {
  const { t } = useTranslation();
  const w = useWording();
  const navigate = useNavigate();
  const session = useQuery(trpc.citizen.session.queryOptions());
  const [sent, setSent] = useState<Sent | null>(null);
  const [typed, setTyped] = useState<PersonDetails | null>(null);
  const [completing, setCompleting] = useState(false);
  useDocumentTitle(w(`pages.${purpose}`));

  // Arriving from the login page is a change of page: say where the person is now (not on a
  // first load, where the browser starts at the top anyway and would draw a focus ring).
  const arrivedByLink = useNavigationType() !== "POP";
  useEffect(() => {
    if (arrivedByLink) document.querySelector<HTMLElement>("main h1")?.focus();
  }, [arrivedByLink]);

  if (session.data && !completing) return <Navigate to="/" replace />;

  async function signedIn() {
    setCompleting(true);
    clearSessionEndReason();
    await queryClient.fetchQuery({ ...trpc.citizen.session.queryOptions(), staleTime: 0 });
    const state: PageNoticeState = { notice: purpose };
    navigate("/", { replace: true, state });
  }

  return (
    <PublicLayout>
      <PageHeading>{w(`pages.${purpose}`)}</PageHeading>
      <p>{w(`verification.${purpose}.intro`)}</p>
      {sent ? (
        <CodeStep
          purpose={purpose}
          api={api}
          details={sent.details}
          challenge={sent.challenge}
          sentAtMs={sent.sentAtMs}
          resent={sent.resent}
          onResent={(challenge) =>
            setSent({ ...sent, challenge, sentAtMs: Date.now(), resent: true })
          }
          onChangeDetails={() => {
            setTyped(sent.details);
            setSent(null);
          }}
          onCompleted={signedIn}
        />
      ) : (
        <DetailsStep
          api={api}
          defaults={typed}
          returning={typed !== null}
          onStarted={(details, challenge) =>
            setSent({ details, challenge, sentAtMs: Date.now(), resent: false })
          }
        />
      )}
      <div className="section">
        <BackLink to="/login">{t("verification.backToLogin")}</BackLink>
      </div>
    </PublicLayout>
  );
}
