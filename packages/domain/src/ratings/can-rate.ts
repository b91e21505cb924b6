import type { ApplicationStatus } from "../applications/application-statuses";

/** A case is rated once it is finished for the person: the card collected, or the application refused. */
export const rateableStatuses = [
  "COLLECTED",
  "REFUSED",
] as const satisfies readonly ApplicationStatus[];

export type CanRate = { ok: true } | { ok: false; reason: "NOT_FINISHED" | "ALREADY_RATED" };

/**
 * Whether the person may rate this application now (DOMAIN.md, "Service ratings"): once, after
 * the case is finished. The API's guard and the citizen app's form both ask this.
 */
export function canRate(application: { status: ApplicationStatus; rated: boolean }): CanRate {
  if (!(rateableStatuses as readonly ApplicationStatus[]).includes(application.status)) {
    return { ok: false, reason: "NOT_FINISHED" };
  }
  if (application.rated) return { ok: false, reason: "ALREADY_RATED" };
  return { ok: true };
}
