import { phoneSchema, replacementReasonSchema } from "@yibao/domain";
import { z } from "zod";

/**
 * An online card application as the form holds it: where to collect, the phone for the notices,
 * the photo (base64, already checked in the browser by `checkCardPhoto`). The phone follows the
 * domain's rule; the API checks everything again.
 */
export const firstCardRequestSchema = z.object({
  servicePointCode: z.string().trim().min(1),
  phone: phoneSchema,
  photo: z.string().min(1),
  reason: z.string(),
});

/** A replacement adds why (LOST, DAMAGED, EXPIRED, DETAILS_CHANGED). */
export const replacementRequestSchema = firstCardRequestSchema.extend({
  reason: replacementReasonSchema,
});

export type CardRequestInput = z.input<typeof firstCardRequestSchema>;
export type CardRequest = z.output<typeof firstCardRequestSchema>;
