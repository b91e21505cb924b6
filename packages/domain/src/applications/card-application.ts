import type { ApplicantKind } from "./applicant-schema";
import type { ApplicationAction } from "./application-actions";
import type { ApplicationChannel } from "./application-channels";
import type { ApplicationKind, ReplacementReason } from "./application-kinds";

/**
 * What the workflow rules need to know of an application: its channel, the kind of applicant and
 * the recorded actions, oldest first. A fuller object (the request, the database row) fits.
 */
export interface CardApplication {
  readonly channel: ApplicationChannel;
  readonly applicant: { readonly kind: ApplicantKind };
  readonly actions: readonly ApplicationAction[];
}

/** What the card rules need to know of an application besides its actions. */
export type CardApplicationKind =
  | { readonly kind: Extract<ApplicationKind, "FIRST_ISSUE"> }
  | {
      readonly kind: Extract<ApplicationKind, "REPLACEMENT">;
      readonly replacementReason: ReplacementReason;
    };
