import { z } from "zod";
import { validateCreditCode } from "../identifiers/validate-credit-code";

/** A unified social credit code from a form or a request, normalised; issue message = reason code. */
export const creditCodeSchema = z
  .string()
  .max(64)
  .transform((input, ctx) => {
    const result = validateCreditCode(input);
    if (result.ok) return result.code;
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });
