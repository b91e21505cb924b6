import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { endSession, type SessionEndReason } from "./end-session";
import { useSessionApi } from "./session-api";

/** Ends the session on the server (best effort: an expired one is already gone) and here. */
export function useSignOut() {
  const api = useSessionApi();
  const queryClient = useQueryClient();
  const logout = useMutation({ mutationFn: api.logout });
  const { mutateAsync } = logout;
  const signOut = useCallback(
    async (reason: SessionEndReason) => {
      await mutateAsync().catch(() => undefined);
      endSession(queryClient, api.sessionQueryKey(), reason);
    },
    [mutateAsync, queryClient, api],
  );
  return { signOut, pending: logout.isPending };
}
