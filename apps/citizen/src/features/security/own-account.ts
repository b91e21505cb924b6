import type { UseQueryOptions } from "@tanstack/react-query";
import type { TRPCQueryKey } from "@trpc/tanstack-react-query";
import type { SessionStage } from "@yibao/domain";
import type { trpc } from "../../trpc";

/** What the security pages read of the signed-in account's session. */
interface OwnSession {
  stage: SessionStage;
  secondFactorEnabled: boolean;
}

/**
 * An account that changes its own password and authenticator: the insured person's
 * (`citizen.*`) or an employer's handling agent's (`employer.*`), whose procedures the server
 * declares alike (`ownAccountRouters`), so one set of pages serves both. `paths` are where the
 * account's security pages are, and so where each of them goes after. The pages default to
 * `citizenAccount`, as the citizen app routes them; the employer portal passes its own.
 */
export interface OwnAccount {
  /** The account's "who is signed in" query, as much of it as these pages use. */
  session: () => Pick<
    UseQueryOptions<OwnSession | null, Error, OwnSession | null, TRPCQueryKey>,
    "queryKey" | "queryFn"
  >;
  /** Change password, sign out everywhere: the citizen's shape, which every account shares. */
  security: typeof trpc.citizen.security;
  /** Enrol and turn off the authenticator, likewise. */
  secondFactor: typeof trpc.citizen.secondFactor;
  paths: {
    /** 账号安全, where each flow ends. */
    security: string;
    changePassword: string;
    enableAuthenticator: string;
    disableAuthenticator: string;
    /** Where a session that had to change its password goes once it has. */
    home: string;
  };
  /** The text key of a sentence under 账号安全's heading, if the account needs one. */
  intro?: string;
  /** The way back from 账号安全 at the page's end, if it is reached from another page. */
  back?: { to: string; text: string };
}
