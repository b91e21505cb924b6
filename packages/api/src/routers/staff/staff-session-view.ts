import { institutionKindSchema, sessionStageSchema, staffRoles } from "@yibao/domain";
import { z } from "zod";

export const staffSessionView = z.object({
  displayName: z.string(),
  role: z.enum(staffRoles),
  servicePoint: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(["COUNTY_CENTRE", "SERVICE_POINT"]),
  }),
  /** INSTITUTION_OPERATOR: the pharmacy or hospital they work for; null for the county's staff. */
  institution: z
    .object({ code: z.string(), name: z.string(), kind: institutionKindSchema })
    .nullable(),
  idleExpiresAt: z.string(),
  stage: sessionStageSchema,
  passwordExpiresAt: z.string().nullable(),
});
