import { failureMessage, formatMonth, readServerError } from "@yibao/ui";
import type { TFunction } from "i18next";

/** A fact the server put beside the code (the API's `DomainErrorDetail`), if it is a string. */
function detail(error: unknown, key: "sealedSince" | "reason"): string | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  if (typeof data !== "object" || data === null || !(key in data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" ? value : null;
}

/**
 * The sentence for a refused payment, reversal or look-up: the account's refusals with the facts
 * they carry — since when an account is sealed, why a reversal is not allowed — and any other
 * failure as every form says it.
 */
export function accountFailureMessage(t: TFunction, error: unknown, language: string): string {
  const { domainCode } = readServerError(error);
  if (domainCode === "ACCOUNT_SEALED") {
    const since = detail(error, "sealedSince");
    return since
      ? t("errors.ACCOUNT_SEALED_SINCE", { month: formatMonth(since, language) })
      : t("errors.ACCOUNT_SEALED");
  }
  if (domainCode === "REVERSAL_NOT_ALLOWED") {
    const reason = detail(error, "reason");
    return t([`errors.REVERSAL_NOT_ALLOWED_${reason}`, "errors.REVERSAL_NOT_ALLOWED"]);
  }
  return failureMessage(t, error);
}
