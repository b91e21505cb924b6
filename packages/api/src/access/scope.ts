import { roleScope } from "@yibao/domain";
import type { Actor } from "../context";

/**
 * Whose records the signed-in actor reaches, resolved on the server from the role (domain
 * `roleScope`) and the actor's own ids. Every scoped service query takes it.
 */
export type Scope =
  | { kind: "SELF"; personId: string }
  | { kind: "SERVICE_POINT"; servicePointId: string }
  | { kind: "COUNTY" }
  | { kind: "INSTITUTION"; institutionId: string }
  | { kind: "EMPLOYER"; employerId: string; employerAgentId: string };

export function scopeOf(actor: Actor): Scope {
  if (actor.kind === "CITIZEN") return { kind: "SELF", personId: actor.personId };
  if (actor.kind === "EMPLOYER") {
    return {
      kind: "EMPLOYER",
      employerId: actor.employerId,
      employerAgentId: actor.employerAgentId,
    };
  }
  switch (roleScope[actor.role]) {
    case "SERVICE_POINT":
      return { kind: "SERVICE_POINT", servicePointId: actor.servicePointId };
    case "COUNTY":
      return { kind: "COUNTY" };
    case "INSTITUTION":
      if (!actor.institutionId) throw new Error("an institution operator without an institution");
      return { kind: "INSTITUTION", institutionId: actor.institutionId };
    default:
      throw new Error(`the staff role ${actor.role} has no staff scope`);
  }
}
