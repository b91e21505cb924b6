import {
  applicantKindSchema,
  applicationActionTypeSchema,
  applicationChannelSchema,
  applicationStatusSchema,
  cardStatusSchema,
  idTypeSchema,
  type MissingItem,
  missingItemCodes,
  missingItemSchema,
  type ProductionFailure,
  productionFailureReasons,
  type Refusal,
  ratingStateSchema,
  refusalReasons,
  refusalSchema,
  relationshipSchema,
} from "@yibao/domain";
import { z } from "zod";

export const applicationView = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(["FIRST_ISSUE", "REPLACEMENT"]),
  replacementReason: z.string().nullable(),
  channel: applicationChannelSchema,
  applicantKind: applicantKindSchema,
  status: applicationStatusSchema,
  servicePoint: z.object({
    code: z.string(),
    name: z.string(),
    address: z.string(),
    openingHours: z.string(),
    phone: z.string(),
  }),
  submittedAt: z.string(),
  dueDate: z.string(),
  dueDateProvisional: z.boolean(),
  workingDaysLeft: z.number().int(),
  pickupBy: z.string().nullable(),
  missingItems: z.array(missingItemSchema).nullable(),
  refusal: refusalSchema.nullable(),
  timeline: z.array(
    z.object({
      status: applicationStatusSchema,
      at: z.string(),
      action: applicationActionTypeSchema,
    }),
  ),
  cardNumber: z.string().nullable(),
  version: z.number().int(),
});

/** An application as its applicant follows it, with where its rating (好差评) stands. */
export const citizenApplicationView = applicationView.extend({ rating: ratingStateSchema });

export const staffApplicationView = applicationView.extend({
  availableActions: z.array(applicationActionTypeSchema),
  person: z.object({
    id: z.string(),
    name: z.string(),
    maskedResidentId: z.string(),
    phoneMasked: z.string().nullable(),
  }),
  applicant: z.object({
    kind: applicantKindSchema,
    name: z.string().nullable(),
    idType: idTypeSchema.nullable(),
    maskedIdNumber: z.string().nullable(),
    relationship: relationshipSchema.nullable(),
  }),
  verified: z.object({ insured: z.boolean(), agent: z.boolean() }),
  photo: z.object({ dataUrl: z.string() }).nullable(),
});

export const cardView = z.object({ maskedNumber: z.string(), status: cardStatusSchema }).nullable();

export const servicePointView = z.object({
  code: z.string(),
  // The county centre is where an uncollected card waits once sent back.
  kind: z.enum(["COUNTY_CENTRE", "SERVICE_POINT"]),
  name: z.string(),
  address: z.string(),
  openingHours: z.string(),
  phone: z.string(),
});

/** A base64 JPEG (or a data: URL of one); 50 KB of photo is about 68 KB of base64. */
export const photoInput = z.string().min(1).max(200_000);
export const idempotencyKeyInput = z.uuid().optional();
export const versioned = z.object({ applicationId: z.uuid(), version: z.number().int().min(1) });

/**
 * The items of a one-time notice as the interface sends them: codes, or a sentence for anything
 * else (recorded as OTHER with that text).
 */
export const missingInput = z
  .array(z.string().trim().min(1).max(200))
  .min(1)
  .max(20)
  .transform((items): MissingItem[] =>
    items.map((item) =>
      (missingItemCodes as readonly string[]).includes(item) && item !== "OTHER"
        ? ({ code: item } as MissingItem)
        : { code: "OTHER", text: item },
    ),
  );

/** A refusal: a reason code (its remedy follows), or the clerk's own reason and remedy. */
export function refusalOf(reason: string, remedy: string | undefined): Refusal {
  if ((refusalReasons as readonly string[]).includes(reason) && reason !== "OTHER") {
    return { reason } as Refusal;
  }
  return { reason: "OTHER", text: reason, remedy: remedy ?? "请携带有效证件到服务窗口咨询。" };
}

export function productionFailureOf(reason: string): ProductionFailure {
  if ((productionFailureReasons as readonly string[]).includes(reason) && reason !== "OTHER") {
    return { reason } as ProductionFailure;
  }
  return { reason: "OTHER", text: reason };
}

export const personOnDocument = z.object({
  name: z.string().trim().min(1).max(100),
  idType: idTypeSchema,
  idNumber: z.string().trim().min(1).max(64),
  relationship: relationshipSchema,
});
