import { z } from "zod";

/** A card's status (DOMAIN.md: active, reported lost (挂失), cancelled); derived, never stored. */
export const cardStatuses = ["ACTIVE", "REPORTED_LOST", "CANCELLED"] as const;
export const cardStatusSchema = z.enum(cardStatuses);
export type CardStatus = (typeof cardStatuses)[number];

/**
 * What happens to a card: it becomes active when collected, a loss report takes effect at once,
 * the report can be cancelled (解挂), and the card is cancelled when replaced.
 */
export const cardEventTypes = ["ACTIVATE", "REPORT_LOSS", "CANCEL_LOSS_REPORT", "CANCEL"] as const;
export const cardEventTypeSchema = z.enum(cardEventTypes);
export type CardEventType = (typeof cardEventTypes)[number];

/** Which events each status allows and where they lead. CANCELLED allows none: never active again. */
export const cardEventTable = {
  ACTIVE: { REPORT_LOSS: "REPORTED_LOST", CANCEL: "CANCELLED" },
  REPORTED_LOST: { CANCEL_LOSS_REPORT: "ACTIVE", CANCEL: "CANCELLED" },
  CANCELLED: {},
} as const satisfies Record<CardStatus, Partial<Record<CardEventType, CardStatus>>>;

/**
 * A card's status folded from its events, oldest first. Throws on a history that could not have
 * happened: not starting with ACTIVATE, or an event its status does not allow.
 */
export function cardStatusOf(events: readonly { readonly type: CardEventType }[]): CardStatus {
  const [first, ...rest] = events;
  if (first?.type !== "ACTIVATE") throw new RangeError("A card's history must begin with ACTIVATE");
  let status: CardStatus = "ACTIVE";
  for (const [index, event] of rest.entries()) {
    const next: CardStatus | undefined = (
      cardEventTable[status] as Partial<Record<CardEventType, CardStatus>>
    )[event.type];
    if (next === undefined) {
      throw new RangeError(
        `Impossible card history: ${event.type} at position ${index + 1}, in status ${status}`,
      );
    }
    status = next;
  }
  return status;
}
