import type { TFunction } from "i18next";
import { errorMessage } from "../errors/error-message";
import { readServerError } from "../errors/server-error";

/** The seconds the server asks a client to wait (`error.data.retryAfterSeconds`), if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  if (typeof data !== "object" || data === null || !("retryAfterSeconds" in data)) return null;
  const seconds = data.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : null;
}

/**
 * The sentence for a failed request: `errorMessage`, and for RATE_LIMITED how long to wait, so
 * that someone refused for knocking too often knows when to try again rather than retry at once.
 */
export function failureMessage(t: TFunction, error: unknown): string {
  const facts = readServerError(error);
  const seconds = facts.domainCode === "RATE_LIMITED" ? retryAfterSeconds(error) : null;
  if (seconds !== null) return t(["errors.RATE_LIMITED_AFTER", "errors.RATE_LIMITED"], { seconds });
  return errorMessage(t, facts);
}
