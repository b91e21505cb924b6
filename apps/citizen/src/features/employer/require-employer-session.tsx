import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { Navigate, useLocation } from "react-router";
import { isSignedOutEverywhere } from "../session/signed-out-everywhere";
import { stageRedirect } from "../session/stage-pages";
import { employerTrpc } from "./employer-api";
import { EmployerFrame } from "./employer-frame";
import { employerPaths, employerStagePages } from "./employer-paths";

const portalPaths = { login: employerPaths.login, home: employerPaths.home };

/**
 * The portal's pages behind sign-in: `employer.session` decides, and the frame names the employer.
 * A session that owes a step first (a new password) sees only that step's page until it is done.
 * After 退出所有设备 the login page says that every device is signed out.
 */
export function RequireEmployerSession() {
  const session = useQuery(employerTrpc.employer.session.queryOptions());
  const { pathname } = useLocation();
  if (session.data === null && isSignedOutEverywhere()) {
    const state = { reason: "signedOutEverywhere", from: employerPaths.home };
    return <Navigate to={employerPaths.login} replace state={state} />;
  }
  return (
    <SessionGate session={session} paths={portalPaths}>
      {(agent) => {
        const redirect = stageRedirect(agent.stage, pathname, employerStagePages);
        if (redirect !== null) return <Navigate to={redirect} replace />;
        return <EmployerFrame agent={agent} />;
      }}
    </SessionGate>
  );
}
