import { z } from "zod";

/**
 * The closed set of known failures (STYLE.md rule 5), shared by the API, which raises them, and
 * the apps, which turn each into a sentence in the user's language.
 */
export const domainErrorCodes = [
  "INVALID_CREDENTIALS",
  "ACCOUNT_LOCKED",
  "SECOND_FACTOR_REQUIRED",
  "RATE_LIMITED",
  "VERIFICATION_FAILED",
  "PASSWORD_REJECTED",
  "CURRENT_PASSWORD_WRONG",
  "APPLICATION_ALREADY_OPEN",
  "APPLICATION_CHANGED",
  "ACTION_NOT_ALLOWED",
  "PHOTO_REJECTED",
  // The account (issue: the account): a sealed account cannot pay; an e-card token that expired,
  // was used or was not signed by Yibao; a reversal by another institution, another day, or twice.
  "ACCOUNT_SEALED",
  "ECARD_TOKEN_INVALID",
  "REVERSAL_NOT_ALLOWED",
  // The same terminal transaction number sent again with a different bill.
  "SETTLEMENT_CONFLICT",
  // A file over the upload limit (POST /uploads).
  "FILE_TOO_LARGE",
  // An employer's batch: a file that is not what it must be (a letter that is no PDF or image; the
  // reason in `detail.reason`); a submit while rows are invalid (unless the valid ones only are
  // asked for); a batch that cannot be submitted (still being checked, refused, nothing valid, no
  // letter of introduction: `detail.reason`).
  "FILE_REJECTED",
  "BATCH_HAS_INVALID_ROWS",
  "BATCH_NOT_READY",
  // The tax authority: a payer registered already (and not cancelled); a record that does not
  // take the change asked (a payer not registered or cancelled, employment periods that overlap,
  // a closed case, a year not closed, a refused file: `detail.reason`).
  "PAYER_ALREADY_REGISTERED",
  "TAX_RECORD_CONFLICT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION_FAILED",
  "INTERNAL",
] as const;
export const domainErrorCodeSchema = z.enum(domainErrorCodes);
export type DomainErrorCode = (typeof domainErrorCodes)[number];
