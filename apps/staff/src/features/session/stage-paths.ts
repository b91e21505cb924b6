import type { SessionStage } from "@yibao/domain";

/**
 * The one page a session that is not FULL may open (contract: the server refuses everything
 * else with FORBIDDEN until the step is done).
 */
export const stagePaths = {
  SECOND_FACTOR_ENROLMENT: "/second-factor",
  PASSWORD_CHANGE: "/change-password",
} as const satisfies Record<Exclude<SessionStage, "FULL">, string>;

export function isStagePath(pathname: string): boolean {
  return Object.values(stagePaths).some((path) => path === pathname);
}

/**
 * Where a session of `stage` on `pathname` must go instead, or null to stay. `holdEnrolment`
 * keeps the enrolment page while it shows the recovery codes, which the server counts as done.
 */
export function stageRedirect(
  stage: SessionStage,
  pathname: string,
  holdEnrolment: boolean,
): string | null {
  if (holdEnrolment && pathname === stagePaths.SECOND_FACTOR_ENROLMENT) return null;
  if (stage === "FULL") return null;
  const required = stagePaths[stage];
  return pathname === required ? null : required;
}
