import type { CanApplyResult } from "../applications/can-apply";
import type { BatchRowProblem } from "./batch-row-problems";

/**
 * What the county's records say against a row's person, from `canApply` for a first card: an
 * open application (ALREADY_APPLIED when it is this employer's own, as when the same file is sent
 * again), or a card the person has had already. Null when the person may apply — a person the
 * county does not know yet may always (the batch enrols them, 增员).
 */
export function batchRowProblemOfPerson(
  verdict: CanApplyResult,
  openApplicationIsThisEmployers: boolean,
): BatchRowProblem | null {
  if (verdict.ok) return null;
  switch (verdict.reason) {
    case "APPLICATION_ALREADY_OPEN":
      return {
        column: "RESIDENT_ID",
        reason: openApplicationIsThisEmployers ? "ALREADY_APPLIED" : "APPLICATION_ALREADY_OPEN",
      };
    case "CARD_ALREADY_ISSUED":
    case "NO_CARD_TO_REPLACE":
      return { column: "RESIDENT_ID", reason: "CARD_ALREADY_ISSUED" };
  }
}
