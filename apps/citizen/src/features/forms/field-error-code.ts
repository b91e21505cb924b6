/** A form field's error as react-hook-form holds it: from a zod issue, or set from the server's answer. */
export interface FieldErrorLike {
  type?: string | number | undefined;
  message?: string | undefined;
}

/**
 * The reason code of a field's error, the same code the server reports: a custom zod issue (a
 * domain rule) carries its code as the message, a built-in one as its type (`too_small`).
 */
export function fieldErrorCode(error: FieldErrorLike | undefined): string | null {
  if (!error) return null;
  if (error.type === "custom" && error.message) return error.message;
  return error.type === undefined ? (error.message ?? null) : String(error.type);
}
