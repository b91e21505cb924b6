import { trpc } from "../../trpc";
import type { OwnAccount } from "./own-account";

/** The insured person's own account, its security pages under 我的 → 账号安全. */
export const citizenAccount: OwnAccount = {
  session: () => trpc.citizen.session.queryOptions(),
  security: trpc.citizen.security,
  secondFactor: trpc.citizen.secondFactor,
  paths: {
    security: "/security",
    changePassword: "/security/password",
    enableAuthenticator: "/security/authenticator",
    disableAuthenticator: "/security/authenticator/off",
    home: "/",
  },
  back: { to: "/profile", text: "security.backToProfile" },
};
