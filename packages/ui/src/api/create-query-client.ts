import { MutationCache, QueryCache, QueryClient, type QueryKey } from "@tanstack/react-query";
import { isUnauthenticated, isWorthRetrying } from "../errors/server-error";
import { endSession } from "../session/end-session";

/**
 * The app's one query cache. `sessionQueryKey` is a function because the key comes from the
 * tRPC proxy, which itself needs this client.
 */
export function createQueryClient(sessionQueryKey: () => QueryKey): QueryClient {
  /** Any request answered "not signed in" means the session ended on the server: go to login. */
  function onRequestError(error: unknown): void {
    if (isUnauthenticated(error)) endSession(queryClient, sessionQueryKey(), "expired");
  }

  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onRequestError }),
    mutationCache: new MutationCache({ onError: onRequestError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isWorthRetrying(error, failureCount),
        staleTime: 30_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
