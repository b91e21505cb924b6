import { z } from "zod";
import { applicantSchema } from "./applicant-schema";
import { applicationChannelSchema } from "./application-channels";
import { replacementReasonSchema } from "./application-kinds";

const common = {
  channel: applicationChannelSchema,
  /**
   * The service point that processes the application and where the card is collected: the
   * counter's own, the county centre's, or, online, the one the insured chose.
   */
  servicePointId: z.uuid(),
  applicant: applicantSchema,
};

/**
 * A new card application as a form or the API sends it. Online, the insured applies for
 * themself or as a child's guardian; an entrusted agent comes to a counter with both certificates.
 */
export const applicationRequestSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("FIRST_ISSUE"), ...common }),
    z.object({
      kind: z.literal("REPLACEMENT"),
      replacementReason: replacementReasonSchema,
      ...common,
    }),
  ])
  .superRefine((request, ctx) => {
    if (request.channel === "ONLINE" && request.applicant.kind === "AGENT") {
      ctx.addIssue({ code: "custom", message: "AGENT_NOT_ONLINE", path: ["applicant"] });
    }
  });
export type ApplicationRequest = z.infer<typeof applicationRequestSchema>;
