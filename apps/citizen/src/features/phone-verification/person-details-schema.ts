import { phoneSchema, residentIdSchema } from "@yibao/domain";
import { z } from "zod";

/** Who is asking, as the insured record holds them: checked as the server checks them. */
export const personDetailsSchema = z.object({
  residentId: residentIdSchema,
  name: z.string().trim().min(1).max(50),
  phone: phoneSchema,
});
