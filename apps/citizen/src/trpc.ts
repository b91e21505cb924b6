import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@yibao/api";
import { createQueryClient, createTrpcClient, type SessionApi } from "@yibao/ui";

export const queryClient = createQueryClient(sessionQueryKey);

export const trpcClient = createTrpcClient<AppRouter>();

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });

export function sessionQueryKey() {
  return trpc.citizen.session.queryKey();
}

export const sessionApi: SessionApi = {
  sessionQueryKey,
  extendSession: () => trpcClient.citizen.extendSession.mutate(),
  logout: () => trpcClient.auth.citizenLogout.mutate(),
};
