import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { employerTrpc } from "./employer-api";
import { EmployerFrame } from "./employer-frame";
import { employerPaths } from "./employer-paths";

const portalPaths = { login: employerPaths.login, home: employerPaths.home };

/** The portal's pages behind sign-in: `employer.session` decides, and the frame names the employer. */
export function RequireEmployerSession() {
  const session = useQuery(employerTrpc.employer.session.queryOptions());
  return (
    <SessionGate session={session} paths={portalPaths}>
      {(agent) => <EmployerFrame agent={agent} />}
    </SessionGate>
  );
}
