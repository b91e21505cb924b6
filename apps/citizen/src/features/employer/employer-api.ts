import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@yibao/api";
import { createQueryClient, type SessionApi } from "@yibao/ui";
import { trpcClient } from "../../trpc";

/**
 * The portal's own query cache: a "not signed in" answer to an agent's request ends the agent's
 * session, not a citizen's one in the same browser, and signing out forgets what the portal
 * showed and nothing else.
 */
export const employerQueryClient = createQueryClient(employerSessionKey);

export const employerTrpc = createTRPCOptionsProxy<AppRouter>({
  client: trpcClient,
  queryClient: employerQueryClient,
});

export function employerSessionKey() {
  return employerTrpc.employer.session.queryKey();
}

export const employerSessionApi: SessionApi = {
  sessionQueryKey: employerSessionKey,
  extendSession: () => trpcClient.employer.extendSession.mutate(),
  logout: () => trpcClient.auth.employerLogout.mutate(),
};
