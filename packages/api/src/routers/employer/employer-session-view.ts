import { sessionStageSchema } from "@yibao/domain";
import { z } from "zod";

/** The signed-in agent as the employer portal shows them (`employer.session`, `auth.employerLogin`). */
export const employerSessionView = z.object({
  name: z.string(),
  maskedResidentId: z.string(),
  employer: z.object({ creditCode: z.string(), name: z.string() }),
  /** The last day of the agent's authorisation ('YYYY-MM-DD', China's date). */
  authorisedUntil: z.string(),
  idleExpiresAt: z.string(),
  stage: sessionStageSchema,
  secondFactorEnabled: z.boolean(),
});
