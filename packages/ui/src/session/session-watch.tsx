import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Wording } from "../i18n/wording";
import { useSessionApi } from "./session-api";
import { SessionExpiryDialog } from "./session-expiry-dialog";
import { useSessionKeepAlive } from "./use-session-keep-alive";
import { useSignOut } from "./use-sign-out";

interface SessionWatchProps {
  idleExpiresAt: string;
  wording?: Wording | undefined;
}

export function SessionWatch({ idleExpiresAt, wording }: SessionWatchProps) {
  const api = useSessionApi();
  const queryClient = useQueryClient();
  const extend = useMutation({
    mutationFn: api.extendSession,
    onSuccess: (result) =>
      queryClient.setQueryData<{ idleExpiresAt: string } | null>(
        api.sessionQueryKey(),
        (session) => (session ? { ...session, idleExpiresAt: result.idleExpiresAt } : session),
      ),
  });
  const { signOut } = useSignOut();
  const { phase, remaining } = useSessionKeepAlive({
    idleExpiresAt,
    extend: () => extend.mutateAsync(),
    onExpired: () => void signOut("expired"),
  });
  return (
    <SessionExpiryDialog
      open={phase === "warning"}
      minutes={remaining.minutes}
      seconds={remaining.seconds}
      wording={wording}
      onStay={() => extend.mutate()}
      onSignOut={() => void signOut("signedOut")}
    />
  );
}
