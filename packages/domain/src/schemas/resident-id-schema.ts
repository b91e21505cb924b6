import { z } from "zod";
import { validateResidentId } from "../identifiers/validate-resident-id";

/**
 * A resident ID number from a form or a request, normalised (trimmed, `X` upper-case). A rejection's
 * issue message is the reason code, which the UI translates; the number itself is never echoed,
 * since it is personal data that must not reach logs.
 */
export const residentIdSchema = z
  .string()
  .max(64)
  .transform((input, ctx) => {
    const result = validateResidentId(input);
    if (result.ok) return result.id;
    ctx.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });
