import { failureMessage, readServerError } from "@yibao/ui";
import type { TFunction } from "i18next";

/**
 * The sentence for a refused batch request: the rule that said no, in this area's words, where
 * the server named one (`reason`, or a field issue's code); else the shared sentence.
 */
export function batchFailureMessage(t: TFunction, error: unknown): string {
  const data = (error as { data?: { reason?: unknown } } | null)?.data;
  const reason =
    typeof data?.reason === "string" ? data.reason : readServerError(error).issues[0]?.code;
  return reason
    ? t(`employerBatches.refused.${reason}`, { defaultValue: failureMessage(t, error) })
    : failureMessage(t, error);
}
