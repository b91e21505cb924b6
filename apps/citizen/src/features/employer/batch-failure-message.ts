import { failureMessage, readServerError } from "@yibao/ui";
import type { TFunction } from "i18next";

function reasonOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = error.data;
  if (typeof data !== "object" || data === null || !("reason" in data)) return null;
  return typeof data.reason === "string" ? data.reason : null;
}

/**
 * A batch's refused request in words: a letter refused or a batch not ready to submit say why
 * (the server's `reason`); anything else as any failure is said.
 */
export function batchFailureMessage(t: TFunction, error: unknown): string {
  const { domainCode } = readServerError(error);
  const reason = reasonOf(error);
  if (reason !== null && domainCode === "FILE_REJECTED") {
    return t([`letter.rejections.${reason}`, "errors.FILE_REJECTED"]);
  }
  if (reason !== null && domainCode === "BATCH_NOT_READY") {
    return t([`submit.notReady.${reason}`, "errors.BATCH_NOT_READY"]);
  }
  return failureMessage(t, error);
}
