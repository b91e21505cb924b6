import type { OwnAccount } from "../security/own-account";
import { employerTrpc } from "./employer-api";
import { employerPaths } from "./employer-paths";

/**
 * The signed-in agent's own account (not the employer's: each agent has their own password and
 * authenticator), for the citizen app's security pages; its 账号安全 is in the portal's navigation.
 */
export const employerAccount: OwnAccount = {
  session: () => employerTrpc.employer.session.queryOptions(),
  security: employerTrpc.employer.security,
  secondFactor: employerTrpc.employer.secondFactor,
  paths: {
    security: employerPaths.security,
    changePassword: employerPaths.changePassword,
    enableAuthenticator: employerPaths.enableAuthenticator,
    disableAuthenticator: employerPaths.disableAuthenticator,
    home: employerPaths.home,
  },
  intro: "security.intro",
};
