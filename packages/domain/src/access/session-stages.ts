import { z } from "zod";
import type { Permission } from "./permissions";

/**
 * What a session may do yet. A staff member who has not enrolled a second factor, or anyone whose
 * password was set by someone else or has expired, gets a session that opens only the step they
 * must take first.
 */
export const sessionStages = ["FULL", "SECOND_FACTOR_ENROLMENT", "PASSWORD_CHANGE"] as const;
export const sessionStageSchema = z.enum(sessionStages);
export type SessionStage = (typeof sessionStages)[number];

const alwaysOpen: readonly Permission[] = ["session:extend", "staff-session:read"];

/** The permissions a session of each stage can use, whatever its role holds besides. */
export const permissionsOpenAtStage: Readonly<Record<SessionStage, readonly Permission[] | "all">> =
  {
    FULL: "all",
    SECOND_FACTOR_ENROLMENT: [...alwaysOpen, "second-factor:enrol"],
    PASSWORD_CHANGE: [...alwaysOpen, "password:change"],
  };

export function isOpenAtStage(stage: SessionStage, permission: Permission): boolean {
  const open = permissionsOpenAtStage[stage];
  return open === "all" || open.includes(permission);
}

/** The stage a new session starts in, from what the account still owes. */
export function sessionStageFor(account: {
  needsSecondFactorEnrolment: boolean;
  mustChangePassword: boolean;
}): SessionStage {
  if (account.needsSecondFactorEnrolment) return "SECOND_FACTOR_ENROLMENT";
  if (account.mustChangePassword) return "PASSWORD_CHANGE";
  return "FULL";
}
