import { checkNewPassword, type PasswordOwner, passwordRejections } from "@yibao/domain";
import type { PasswordRuleState } from "@yibao/ui";

/** Rules only the server can check: it alone knows the current and the recent passwords. */
export type ServerCheckedRule = "REUSED" | "SAME_AS_CURRENT";

// The 128-character ceiling is no aim for anyone; it is said only if someone reaches it.
const shownRules = passwordRejections.filter((rule) => rule !== "TOO_LONG");
const needsOwner = new Set<string>(["CONTAINS_ID", "CONTAINS_BIRTH_DATE"]);

/**
 * The state of each rule for the password typed so far, worked out by the domain's own check.
 * With no `owner` (a signed-in person's full ID number is not in the app) the rules about the ID
 * number are left to the server. Nothing is ticked before anything is typed.
 */
export function passwordRuleStates(
  password: string,
  owner: PasswordOwner | null,
  serverChecked: readonly ServerCheckedRule[] = [],
): PasswordRuleState[] {
  const broken = new Set<string>(checkNewPassword(password, owner ?? {}));
  const local = shownRules.map((code): PasswordRuleState => {
    if (owner === null && needsOwner.has(code)) return { code, met: null };
    return { code, met: password !== "" && !broken.has(code) };
  });
  return [...local, ...serverChecked.map((code) => ({ code, met: null }))];
}
