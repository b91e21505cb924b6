import { isOpenApplication } from "./can-apply";
import type { CardApplication, CardApplicationKind } from "./card-application";
import type { CardStatus } from "./card-status-of";

/**
 * Whether a loss report may be cancelled (解挂): only while no replacement is being made
 * (DOMAIN.md, "Loss"). A replacement for loss has cancelled the card already, at submission.
 */
export function canCancelLossReport(
  cardStatus: CardStatus,
  applications: readonly (Pick<CardApplication, "actions"> & CardApplicationKind)[],
): boolean {
  return (
    cardStatus === "REPORTED_LOST" &&
    !applications.some(
      (application) => application.kind === "REPLACEMENT" && isOpenApplication(application),
    )
  );
}
