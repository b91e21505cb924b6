import { z } from "zod";

/** Every role but the insured person's own (DOMAIN.md, "People and places"). */
export const staffRoles = [
  "SERVICE_POINT_CLERK",
  "COUNTY_CENTRE_CLERK",
  "BUREAU_CLERK",
  "TAX_OFFICER",
  "ADMINISTRATOR",
  "AUDITOR",
] as const;
export const staffRoleSchema = z.enum(staffRoles);
export type StaffRole = (typeof staffRoles)[number];

export const roles = ["INSURED", ...staffRoles] as const;
export const roleSchema = z.enum(roles);
export type Role = (typeof roles)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}
