import { isPrivilegedStaffRole, type StaffRole } from "./roles";

/**
 * Who manages whose staff account (三员分立): the administrator manages the accounts of the
 * county's working roles; the security officer manages the three privileged duties' accounts
 * (administrator, security officer, auditor), so that no one can take over the auditor's.
 */
export function managesStaffAccount(actorRole: StaffRole, targetRole: StaffRole): boolean {
  if (actorRole === "ADMINISTRATOR") return !isPrivilegedStaffRole(targetRole);
  if (actorRole === "SECURITY_OFFICER") return isPrivilegedStaffRole(targetRole);
  return false;
}
