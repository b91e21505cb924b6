import type { ApplicationKind } from "./application-kinds";
import { applicationStatusOf } from "./application-status-of";
import type { ApplicationStatus } from "./application-statuses";
import { closedApplicationStatuses } from "./application-statuses";
import type { CardApplication } from "./card-application";
import type { CardStatus } from "./card-status-of";

/** Open = not refused, withdrawn or collected: the person is still waiting on it. */
export function isOpenApplication(application: Pick<CardApplication, "actions">): boolean {
  const status = applicationStatusOf(application.actions);
  return !(closedApplicationStatuses as readonly ApplicationStatus[]).includes(status);
}

export type CanApplyResult =
  | { ok: true }
  | {
      ok: false;
      reason: "APPLICATION_ALREADY_OPEN";
      /** Where the open one stands, for the message and a link to it. */
      openApplication: { id: string; status: ApplicationStatus };
    }
  | { ok: false; reason: "CARD_ALREADY_ISSUED" | "NO_CARD_TO_REPLACE" };

/**
 * Whether a person may file a new application of `kind`, given all their applications and cards.
 * One person has at most one open application, and at most one active card: a first card only if
 * they have never had one, a replacement only of a card they have had — even one cancelled by an
 * earlier replacement for loss that was then withdrawn, since a cancelled card never comes back.
 */
export function canApply(
  applications: readonly (Pick<CardApplication, "actions"> & { readonly id: string })[],
  cards: readonly { readonly status: CardStatus }[],
  kind: ApplicationKind,
): CanApplyResult {
  for (const application of applications) {
    if (isOpenApplication(application)) {
      return {
        ok: false,
        reason: "APPLICATION_ALREADY_OPEN",
        openApplication: { id: application.id, status: applicationStatusOf(application.actions) },
      };
    }
  }
  if (kind === "FIRST_ISSUE" && cards.length > 0)
    return { ok: false, reason: "CARD_ALREADY_ISSUED" };
  if (kind === "REPLACEMENT" && cards.length === 0)
    return { ok: false, reason: "NO_CARD_TO_REPLACE" };
  return { ok: true };
}
