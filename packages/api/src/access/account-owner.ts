import type { ActorKind } from "@yibao/domain";
import type { Actor } from "../context";
import { actorRegistry } from "./actor-registry";

/** The rows an account owns (sessions, password history, recovery codes) name it by one column. */
export type AccountOwner =
  | { personId: string }
  | { staffUserId: string }
  | { employerAgentId: string };

/** The id of the signed-in account: the person, the staff user or the employer's agent. */
export function accountIdOf(actor: Actor): string {
  switch (actor.kind) {
    case "CITIZEN":
      return actor.personId;
    case "STAFF":
      return actor.staffUserId;
    case "EMPLOYER":
      return actor.employerAgentId;
  }
}

/** The where-clause of the rows owned by the account `accountId` of `kind`. */
export function accountOwnerOf(kind: ActorKind, accountId: string): AccountOwner {
  return { [actorRegistry[kind].ownerColumn]: accountId } as AccountOwner;
}

/** The where-clause of the rows the signed-in account owns. */
export function ownerOfActor(actor: Actor): AccountOwner {
  return accountOwnerOf(actor.kind, accountIdOf(actor));
}
