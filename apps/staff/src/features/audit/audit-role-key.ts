import { isStaffRole } from "@yibao/domain";

/** The text key for the role an entry of the trail was made in: a staff role, an agent, the insured. */
export function auditRoleKey(role: string): string {
  if (isStaffRole(role)) return `roles.${role}`;
  return role === "EMPLOYER_AGENT" ? "audit.employerAgent" : "audit.insured";
}
