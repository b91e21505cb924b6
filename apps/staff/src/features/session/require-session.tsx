import { useQuery } from "@tanstack/react-query";
import { SessionGate } from "@yibao/ui";
import { trpc } from "../../trpc";
import { SignedInLayout } from "../layout/signed-in-layout";

export function RequireSession() {
  const session = useQuery(trpc.staff.session.queryOptions());
  return (
    <SessionGate session={session}>
      {(signedIn) => <SignedInLayout session={signedIn} />}
    </SessionGate>
  );
}
