import type { SessionStage } from "@yibao/domain";

/**
 * The one page a session that is not yet FULL may see (issue 12's contract: the server opens
 * nothing else to it). A citizen never enrols a second factor by obligation; the entry is there
 * so that every stage has a page.
 */
export type StagePages = Readonly<Record<Exclude<SessionStage, "FULL">, string>>;

export const stagePages: StagePages = {
  PASSWORD_CHANGE: "/security/password",
  SECOND_FACTOR_ENROLMENT: "/security/authenticator",
};

/**
 * Where a session of `stage` must go from `pathname`, or null to stay; `pages` are the app's
 * own (the citizen's by default, the employer portal's under /employer/).
 */
export function stageRedirect(
  stage: SessionStage,
  pathname: string,
  pages: StagePages = stagePages,
): string | null {
  if (stage === "FULL") return null;
  const page = pages[stage];
  return pathname === page ? null : page;
}
