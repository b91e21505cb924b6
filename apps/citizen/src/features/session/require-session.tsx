import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { Navigate, useLocation } from "react-router";
import { trpc } from "../../trpc";
import { usePersonElderModeSync } from "../elder-mode/use-person-elder-mode-sync";
import { useWording } from "../elder-mode/use-wording";
import { SignedInLayout } from "../layout/signed-in-layout";
import { isSignedOutEverywhere } from "./signed-out-everywhere";
import { stageRedirect } from "./stage-pages";

/**
 * Pages behind login, in the person's own elder-mode setting. A session that owes a step first
 * (a new password) sees only that step's page until it is done.
 */
export function RequireSession() {
  const session = useQuery(trpc.citizen.session.queryOptions());
  const { pathname } = useLocation();
  const w = useWording();
  usePersonElderModeSync(session.data ? session.data.elderMode : null);
  if (session.data === null && isSignedOutEverywhere()) {
    return <Navigate to="/login" replace state={{ reason: "signedOutEverywhere", from: "/" }} />;
  }
  return (
    <SessionGate session={session} wording={w}>
      {({ stage }) => {
        const redirect = stageRedirect(stage, pathname);
        if (redirect !== null) return <Navigate to={redirect} replace />;
        return <SignedInLayout restricted={stage !== "FULL"} />;
      }}
    </SessionGate>
  );
}
