import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { trpc } from "../../trpc";
import { usePersonElderModeSync } from "../elder-mode/use-person-elder-mode-sync";
import { useWording } from "../elder-mode/use-wording";
import { SignedInLayout } from "../layout/signed-in-layout";

/** Pages behind login, in the person's own elder-mode setting. */
export function RequireSession() {
  const session = useQuery(trpc.citizen.session.queryOptions());
  const w = useWording();
  usePersonElderModeSync(session.data ? session.data.elderMode : null);
  return (
    <SessionGate session={session} wording={w}>
      {() => <SignedInLayout />}
    </SessionGate>
  );
}
