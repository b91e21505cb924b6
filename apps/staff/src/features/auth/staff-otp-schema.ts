import { z } from "zod";

const staffOtpPattern = /^(?:\d{6}|[a-z0-9]{4}-?[a-z0-9]{4})?$/;

/**
 * The staff login's second factor as typed: a 6-digit authenticator code, a recovery code
 * (`xxxx-xxxx`, letters and digits), or nothing for an account that has not enrolled yet.
 */
export const staffOtpSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => staffOtpPattern.test(code), { message: "CODE_FORMAT" });
