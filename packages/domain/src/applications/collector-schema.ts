import { z } from "zod";
import { personNameSchema, relationshipSchema } from "./applicant-schema";
import { checkIdNumber, idDocumentFields } from "./id-document-schema";

/**
 * Who took the card at the counter: the insured, or someone collecting for them — an agent showing
 * both ID documents, or a guardian for a child under 16 (DOMAIN.md, "Pickup").
 */
export const collectorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("SELF") }),
  z
    .object({
      kind: z.literal("AGENT"),
      name: personNameSchema,
      ...idDocumentFields,
      relationship: relationshipSchema,
    })
    .superRefine(checkIdNumber),
]);
export type Collector = z.infer<typeof collectorSchema>;
