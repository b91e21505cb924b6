import { z } from "zod";
import type { Role } from "./roles";

/**
 * Whose records an actor reaches: SELF (the insured's own), SERVICE_POINT (the staff member's
 * own point), COUNTY (every point of the county), EMPLOYER (an employer's handling agent: that
 * employer's batches and people), INSTITUTION (a designated pharmacy or hospital's operator: that
 * institution's own settlements, never a person's account).
 */
export const scopes = ["SELF", "SERVICE_POINT", "COUNTY", "EMPLOYER", "INSTITUTION"] as const;
export const scopeSchema = z.enum(scopes);
export type Scope = (typeof scopes)[number];

/**
 * Whose records a role reaches (DOMAIN.md, "People and places"): a service point's staff see only
 * its own work; the county centre and roles that span the county see every service point.
 */
export const roleScope: Readonly<Record<Role, Scope>> = {
  INSURED: "SELF",
  SERVICE_POINT_CLERK: "SERVICE_POINT",
  COUNTY_CENTRE_CLERK: "COUNTY",
  BUREAU_CLERK: "COUNTY",
  TAX_OFFICER: "COUNTY",
  ADMINISTRATOR: "COUNTY",
  SECURITY_OFFICER: "COUNTY",
  AUDITOR: "COUNTY",
  INSTITUTION_OPERATOR: "INSTITUTION",
  EMPLOYER_AGENT: "EMPLOYER",
};

export interface ServicePointActor {
  role: Role;
  /** The service point the staff account belongs to; null for the county centre and the insured. */
  ownServicePointId?: string | null;
}

/** Whether `actor` may work on records of the service point `targetServicePointId`. */
export function canAccessServicePoint(
  actor: ServicePointActor,
  targetServicePointId: string,
): boolean {
  switch (roleScope[actor.role]) {
    case "COUNTY":
      return true;
    case "SERVICE_POINT":
      return (
        typeof actor.ownServicePointId === "string" &&
        actor.ownServicePointId === targetServicePointId
      );
    default:
      return false;
  }
}
