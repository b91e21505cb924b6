import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Wording } from "../i18n/wording";
import { Loading } from "../layout/loading";
import { PublicLayout } from "../layout/public-layout";
import { QueryError } from "../layout/query-error";
import { type SessionEndReason, sessionEndReason } from "./end-session";
import { SessionWatch } from "./session-watch";

export interface LoginRedirectState {
  reason: SessionEndReason | null;
  from: string;
}

interface SessionGateProps<TSession extends { idleExpiresAt: string }> {
  /** The app's "who is signed in" query; null when nobody is. */
  session: UseQueryResult<TSession | null, unknown>;
  /** The signed-in frame for this session. */
  children: (session: TSession) => ReactNode;
  wording?: Wording | undefined;
  /**
   * Where this app's login and start pages are: `/login` and `/` unless a part of an app has its
   * own sign-in (the employer portal under `/employer/`).
   */
  paths?: { login: string; home: string } | undefined;
}

/** Pages behind login: without a session, go to login and say why; with one, watch its expiry. */
export function SessionGate<TSession extends { idleExpiresAt: string }>({
  session,
  children,
  wording,
  paths = { login: "/login", home: "/" },
}: SessionGateProps<TSession>) {
  const location = useLocation();

  if (session.isPending) {
    return (
      <PublicLayout>
        <Loading />
      </PublicLayout>
    );
  }
  if (session.isError) {
    return (
      <PublicLayout>
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </PublicLayout>
    );
  }
  if (!session.data) {
    const reason = sessionEndReason();
    // After an explicit sign-out the next person starts at the beginning, not on this page.
    const state: LoginRedirectState = {
      reason,
      from: reason === "signedOut" ? paths.home : location.pathname,
    };
    return <Navigate to={paths.login} replace state={state} />;
  }
  return (
    <>
      {children(session.data)}
      <SessionWatch idleExpiresAt={session.data.idleExpiresAt} wording={wording} />
    </>
  );
}
