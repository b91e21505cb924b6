import { hasPermission, isPrivilegedStaffRole, type StaffRole } from "@yibao/domain";

export const staffUserActionNames = [
  "resetPassword",
  "resetSecondFactor",
  "setActive",
  "unlock",
  "grantRole",
] as const;
export type StaffUserAction = (typeof staffUserActionNames)[number];

export interface StaffUserTarget {
  role: StaffRole;
  locked: boolean;
  secondFactorEnrolled: boolean;
}

/**
 * The buttons a role gets for one staff account (contract 12, 三员分立): the administrator resets
 * and (de)activates the accounts of ordinary roles; the security officer, who alone grants roles,
 * unlocks any account and resets the privileged ones (administrator, security officer, auditor),
 * so that no administrator can take over the auditor's account. The server decides again.
 */
export function staffUserActions(actor: StaffRole, target: StaffUserTarget): StaffUserAction[] {
  const grantsRoles = hasPermission(actor, "staff-role:grant");
  // Whose passwords and second factors this role resets: the security officer the privileged.
  const resetsThisAccount = isPrivilegedStaffRole(target.role) === grantsRoles;
  const actions: StaffUserAction[] = [];
  if (resetsThisAccount && hasPermission(actor, "staff-user:update")) actions.push("resetPassword");
  if (
    resetsThisAccount &&
    target.secondFactorEnrolled &&
    hasPermission(actor, "staff-user:reset-second-factor")
  ) {
    actions.push("resetSecondFactor");
  }
  // Who creates accounts takes them out of use and back.
  if (resetsThisAccount && hasPermission(actor, "staff-user:create")) actions.push("setActive");
  if (target.locked && hasPermission(actor, "staff-user:unlock")) actions.push("unlock");
  if (grantsRoles) actions.push("grantRole");
  return actions;
}
