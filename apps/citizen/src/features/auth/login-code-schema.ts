import { z } from "zod";
import { oneTimeCodeSchema } from "../forms/one-time-code-schema";

// A recovery code as the server hands them out: 8 lower-case letters and digits 2–9, `xxxx-xxxx`.
const recoveryCodePattern = /^[a-z2-9]{4}-?[a-z2-9]{4}$/;

/**
 * The second factor at login: the authenticator's 6 digits, or one of the recovery codes for a
 * person whose phone is lost. Issues carry a code the UI translates, never the input.
 */
export const loginCodeSchema = z.string().transform((input, ctx) => {
  const recovery = input.trim().toLowerCase();
  if (recoveryCodePattern.test(recovery)) return recovery;
  const code = oneTimeCodeSchema.safeParse(input);
  if (code.success) return code.data;
  ctx.addIssue({ code: "custom", message: code.error.issues[0]?.message ?? "CODE_FORMAT" });
  return z.NEVER;
});
