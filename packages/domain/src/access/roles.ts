import { z } from "zod";

export const roles = [
  "INSURED",
  "SERVICE_POINT_CLERK",
  "COUNTY_CENTRE_CLERK",
  "BUREAU_CLERK",
  "TAX_OFFICER",
  "ADMINISTRATOR",
  "AUDITOR",
] as const;
export const roleSchema = z.enum(roles);
export type Role = (typeof roles)[number];

/** Every role but the insured person's own (DOMAIN.md, "People and places"). */
export const staffRoles = [
  "SERVICE_POINT_CLERK",
  "COUNTY_CENTRE_CLERK",
  "BUREAU_CLERK",
  "TAX_OFFICER",
  "ADMINISTRATOR",
  "AUDITOR",
] as const satisfies readonly Role[];
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}
