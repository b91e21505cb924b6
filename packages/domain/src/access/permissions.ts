import { z } from "zod";
import type { Role } from "./roles";

/** Named `resource:action` (STYLE.md, rule 2). */
export const permissions = [
  // The insured's own account summary and transactions.
  "account:read",
  // The insured's own preferences, such as elder mode.
  "profile:update",
  // A staff member's own profile and session.
  "staff-session:read",
  // The card applications queue.
  "application:list",
  // Keeping one's own session alive ("stay signed in").
  "session:extend",
] as const;
export const permissionSchema = z.enum(permissions);
export type Permission = (typeof permissions)[number];

/** What each role may do. Where it may do it is `roleScope`'s question. */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  INSURED: ["account:read", "profile:update", "session:extend"],
  SERVICE_POINT_CLERK: ["staff-session:read", "session:extend", "application:list"],
  COUNTY_CENTRE_CLERK: ["staff-session:read", "session:extend", "application:list"],
  BUREAU_CLERK: ["staff-session:read", "session:extend"],
  TAX_OFFICER: ["staff-session:read", "session:extend"],
  ADMINISTRATOR: ["staff-session:read", "session:extend"],
  AUDITOR: ["staff-session:read", "session:extend"],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role]?.includes(permission) ?? false;
}
