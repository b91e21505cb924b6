import { z } from "zod";
import { employerRoles, type Role, staffRoles } from "./roles";

/**
 * The kinds of account that sign in to Yibao, each with its own login, cookie and roles: the
 * insured, staff, and an employer's handling agent (单位经办人), who acts for one employer.
 */
export const actorKinds = ["CITIZEN", "STAFF", "EMPLOYER"] as const;
export const actorKindSchema = z.enum(actorKinds);
export type ActorKind = (typeof actorKinds)[number];

/** Who else appears in the audit trail: nobody signed in, and Yibao's own background work. */
export const auditActorKinds = [...actorKinds, "ANONYMOUS", "SYSTEM"] as const;
export type AuditActorKind = (typeof auditActorKinds)[number];

export const rolesOfActorKind: Readonly<Record<ActorKind, readonly Role[]>> = {
  CITIZEN: ["INSURED"],
  STAFF: staffRoles,
  EMPLOYER: employerRoles,
};

export function actorKindOfRole(role: Role): ActorKind {
  for (const kind of actorKinds) {
    if (rolesOfActorKind[kind].includes(role)) return kind;
  }
  throw new RangeError(`no actor kind holds the role ${role}`);
}
