import { checkNewPassword } from "@yibao/domain";
import type { PasswordRuleState } from "@yibao/ui";

/**
 * The rules a new staff password must meet, each with whether the typed one does: those the
 * browser can tell from the password alone, and from the current password typed beside it; the
 * username and the last five passwords only the server knows (null).
 */
export function passwordRuleStates(
  newPassword: string,
  currentPassword: string,
): PasswordRuleState[] {
  const typed = newPassword !== "";
  const rejections = new Set<string>(checkNewPassword(newPassword));
  const local = (code: string) => ({ code, met: typed && !rejections.has(code) });
  return [
    local("TOO_SHORT"),
    local("TOO_FEW_KINDS"),
    local("COMMON"),
    { code: "SAME_AS_CURRENT", met: typed && newPassword !== currentPassword },
    { code: "CONTAINS_ID", met: null },
    { code: "REUSED", met: null },
  ];
}
