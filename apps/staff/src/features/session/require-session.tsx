import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { Navigate, useLocation } from "react-router";
import type { StaffSession } from "../../api-types";
import { trpc } from "../../trpc";
import { SignedInLayout } from "../layout/signed-in-layout";
import { StageLayout } from "../layout/stage-layout";
import { useRecoveryCodesToShow } from "../second-factor/recovery-codes-to-show";
import { isStagePath, stageRedirect } from "./stage-paths";

/** Pages behind login; a session that still owes a step sees that step's page and no other. */
export function RequireSession() {
  const session = useQuery(trpc.staff.session.queryOptions());
  return (
    <SessionGate session={session}>{(signedIn) => <StageGuard session={signedIn} />}</SessionGate>
  );
}

function StageGuard({ session }: { session: StaffSession }) {
  const { pathname } = useLocation();
  const recoveryCodes = useRecoveryCodesToShow();
  const redirect = stageRedirect(session.stage, pathname, recoveryCodes !== undefined);
  if (redirect) return <Navigate to={redirect} replace />;
  // Chosen by the page, not the stage, so that the enrolment page keeps its frame (and its state)
  // when the session moves on while it shows the recovery codes.
  return isStagePath(pathname) ? (
    <StageLayout session={session} />
  ) : (
    <SignedInLayout session={session} />
  );
}
