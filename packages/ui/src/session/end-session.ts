import type { QueryClient, QueryKey } from "@tanstack/react-query";

export type SessionEndReason = "expired" | "signedOut";

let lastEndReason: SessionEndReason | null = null;

/**
 * Forget everything the signed-in person saw (a shared phone or counter PC must not show it to
 * the next person) and mark the session as gone; the route guard then sends them to login.
 */
export function endSession(
  queryClient: QueryClient,
  sessionKey: QueryKey,
  reason: SessionEndReason,
): void {
  lastEndReason = reason;
  queryClient.removeQueries({
    predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(sessionKey),
  });
  queryClient.setQueryData(sessionKey, null);
}

export function sessionEndReason(): SessionEndReason | null {
  return lastEndReason;
}

export function clearSessionEndReason(): void {
  lastEndReason = null;
}
