import type { ApplicationAction } from "./application-actions";
import type { ReplacementReason } from "./application-kinds";
import type { CardApplicationKind } from "./card-application";

/**
 * When a replacement cancels the card it replaces: a lost card at once, on submission — someone
 * may be using it; any other at collection, so that the holder is never without an active card.
 */
export const oldCardCancelledAt = {
  LOST: "SUBMISSION",
  DAMAGED: "COLLECTION",
  EXPIRED: "COLLECTION",
  DETAILS_CHANGED: "COLLECTION",
} as const satisfies Record<ReplacementReason, "SUBMISSION" | "COLLECTION">;

export interface CardEffects {
  /** Record CANCEL on the person's current card, if it is not cancelled already. */
  cancelsOldCard: boolean;
  /** Record ACTIVATE on the new card: it has been handed over (by a counter, or by the employer). */
  activatesNewCard: boolean;
}

/**
 * What recording `action` on an application of `kind` does to the person's cards, in the same
 * transaction. Together with `canApply` this keeps one active card per person.
 */
export function cardEffectsOf(kind: CardApplicationKind, action: ApplicationAction): CardEffects {
  const activatesNewCard =
    action.type === "HAND_OVER" ||
    action.type === "ISSUE_ON_THE_SPOT" ||
    action.type === "EMPLOYER_HAND_OUT";
  if (kind.kind === "FIRST_ISSUE") return { cancelsOldCard: false, activatesNewCard };
  const at = oldCardCancelledAt[kind.replacementReason];
  const cancelsOldCard = at === "SUBMISSION" ? action.type === "SUBMIT" : activatesNewCard;
  return { cancelsOldCard, activatesNewCard };
}
