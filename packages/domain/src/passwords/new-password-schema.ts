import { z } from "zod";
import { checkNewPassword } from "./check-new-password";

/**
 * A new password from a form or a request, with the rules that need nothing but the password
 * (length, kinds, common passwords); the service adds the person's ID, birth date and username. Not
 * trimmed: spaces may be part of it. Each issue's message is a `PasswordRejection` code, which the
 * UI translates; the password itself is never echoed.
 */
// Built in a call marked pure, which zod's own calls are not: a bundle that never uses the schema
// then drops it and the ~215 kB (gzip) list of common passwords it reaches.
export const newPasswordSchema: z.ZodType<string> = /* @__PURE__ */ (() =>
  z.string().superRefine((password, ctx) => {
    for (const reason of checkNewPassword(password)) {
      ctx.addIssue({ code: "custom", message: reason });
    }
  }))();
