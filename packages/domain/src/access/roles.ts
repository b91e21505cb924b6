import { z } from "zod";

/**
 * Every role of the county's staff and of the designated institutions' operators: not the insured
 * person's own, nor an employer's agent (DOMAIN.md, "People and places"). ADMINISTRATOR,
 * SECURITY_OFFICER and AUDITOR are the three separated duties of GB/T 22239-2019 level 3
 * (三员分立): system administration, security administration and audit.
 */
export const staffRoles = [
  "SERVICE_POINT_CLERK",
  "COUNTY_CENTRE_CLERK",
  "BUREAU_CLERK",
  "TAX_OFFICER",
  "ADMINISTRATOR",
  "SECURITY_OFFICER",
  "AUDITOR",
  // An operator of a designated pharmacy or hospital (定点医药机构): settles with the e-card.
  "INSTITUTION_OPERATOR",
] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = (typeof staffRoles)[number];

/**
 * The county's own staff: everyone but the operators of designated institutions, who are outside
 * organisations' employees and see nothing of the county's internal work.
 */
export const countyStaffRoles = staffRoles.filter(
  (role) => role !== "INSTITUTION_OPERATOR",
) as readonly StaffRole[];

/**
 * An employer's handling agent (单位经办人, DOMAIN.md "People and places"): a named person the
 * county centre authorised to act for one employer for a period. Not staff: an outsider who sees
 * only that employer's batches and people.
 */
export const employerRoles = ["EMPLOYER_AGENT"] as const;
export type EmployerRole = (typeof employerRoles)[number];

export const roles = ["INSURED", ...staffRoles, ...employerRoles] as const;
export const roleSchema = z.enum(roles);
export type Role = (typeof roles)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

/**
 * Roles only the security officer grants and manages (三员分立): an administrator who could
 * reset the auditor's password or second factor could read the trail through that account.
 */
export const privilegedStaffRoles = [
  "ADMINISTRATOR",
  "SECURITY_OFFICER",
  "AUDITOR",
] as const satisfies readonly StaffRole[];

export function isPrivilegedStaffRole(role: StaffRole): boolean {
  return (privilegedStaffRoles as readonly StaffRole[]).includes(role);
}
