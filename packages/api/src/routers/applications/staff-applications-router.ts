import {
  type Applicant,
  applicantSchema,
  applicationQueueSchema,
  collectorSchema,
  escalationReasonSchema,
  phoneSchema,
  replacementReasonSchema,
  residentIdSchema,
} from "@yibao/domain";
import { z } from "zod";
import {
  applicationQueue,
  applicationQueueCounts,
} from "../../services/applications/application-queue";
import {
  actOnApplication,
  getApplicationForStaff,
  issueOnTheSpot,
  registerAtCounter,
  reportLostForPerson,
} from "../../services/applications/staff-applications";
import { router, staffProcedure } from "../../trpc";
import {
  idempotencyKeyInput,
  missingInput,
  personOnDocument,
  photoInput,
  productionFailureOf,
  refusalOf,
  staffApplicationView,
  versioned,
} from "./application-schemas";

const queueItem = z.object({
  id: z.string(),
  reference: z.string(),
  name: z.string(),
  maskedResidentId: z.string(),
  channel: z.string(),
  status: z.string(),
  dueDate: z.string(),
  dueDateProvisional: z.boolean(),
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
  dueToday: z.boolean(),
  servicePoint: z.object({ code: z.string(), name: z.string() }),
});

const registration = z
  .object({
    applicant: z.enum(["SELF", "AGENT", "GUARDIAN"]).default("SELF"),
    residentId: residentIdSchema,
    phone: phoneSchema,
    photo: photoInput,
    agent: personOnDocument.optional(),
    guardian: personOnDocument.optional(),
    servicePointCode: z.string().trim().min(1).max(32).optional(),
    kind: z.enum(["FIRST_ISSUE", "REPLACEMENT"]).optional(),
    replacementReason: replacementReasonSchema.optional(),
    idempotencyKey: idempotencyKeyInput,
  })
  .transform((input, ctx) => {
    const details = input.applicant === "AGENT" ? input.agent : input.guardian;
    if (input.applicant !== "SELF" && !details) {
      ctx.addIssue({
        code: "custom",
        message: "APPLICANT_DETAILS_MISSING",
        path: [input.applicant === "AGENT" ? "agent" : "guardian"],
      });
      return z.NEVER;
    }
    // The domain's schema checks the document number and a guardian's relationship.
    const applicant = applicantSchema.safeParse(
      input.applicant === "SELF" ? { kind: "SELF" } : { kind: input.applicant, ...details },
    );
    if (!applicant.success) {
      for (const issue of applicant.error.issues) {
        ctx.addIssue({
          code: "custom",
          message: issue.code === "custom" ? issue.message : issue.code,
          path: [input.applicant === "AGENT" ? "agent" : "guardian", ...issue.path.map(String)],
        });
      }
      return z.NEVER;
    }
    return { ...input, applicant: applicant.data as Applicant };
  });

const act = (type: "APPROVE" | "START_PRODUCTION" | "MARK_READY") =>
  staffProcedure(type === "APPROVE" ? "application:approve" : "application:produce")
    .input(versioned)
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, { ...input, action: { type } as { type: typeof type } }),
    );

/** The counter's work on card applications, in the caller's scope (own service point or county). */
export const staffApplicationsRouter = router({
  queue: staffProcedure("application:list")
    .input(
      z.object({
        queue: applicationQueueSchema,
        servicePointCode: z.string().trim().min(1).max(32).optional(),
        search: z.string().trim().max(64).optional(),
        cursor: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(100).default(50),
      }),
    )
    .output(z.object({ items: z.array(queueItem), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => applicationQueue(ctx.service, input)),
  counts: staffProcedure("application:list")
    .input(z.object({ servicePointCode: z.string().trim().min(1).max(32).optional() }).default({}))
    .output(z.record(applicationQueueSchema, z.number().int()))
    .query(({ ctx, input }) => applicationQueueCounts(ctx.service, input)),
  get: staffProcedure("application:read")
    .input(z.object({ applicationId: z.uuid() }))
    .output(staffApplicationView)
    .query(({ ctx, input }) => getApplicationForStaff(ctx.service, input)),
  register: staffProcedure("application:register")
    .input(
      z.intersection(
        z.object({ channel: z.enum(["SERVICE_POINT", "COUNTY_CENTRE", "EMPLOYER"]) }),
        registration,
      ),
    )
    .output(staffApplicationView)
    .mutation(({ ctx, input }) => registerAtCounter(ctx.service, input)),
  issueOnTheSpot: staffProcedure("application:issue-on-the-spot")
    .input(registration)
    .output(staffApplicationView)
    .mutation(({ ctx, input }) => issueOnTheSpot(ctx.service, input)),
  verify: staffProcedure("application:verify")
    .input(versioned.extend({ insured: z.boolean(), agent: z.boolean().optional() }))
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "VERIFY_DOCUMENTS", insured: input.insured, agent: input.agent },
      }),
    ),
  approve: act("APPROVE"),
  requestMaterials: staffProcedure("application:request-materials")
    .input(versioned.extend({ missing: missingInput }))
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "REQUEST_MATERIALS", missing: input.missing },
      }),
    ),
  resubmit: staffProcedure("application:register")
    .input(versioned.extend({ photo: photoInput.optional() }))
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, { ...input, action: { type: "RESUBMIT", photo: input.photo } }),
    ),
  refuse: staffProcedure("application:refuse")
    .input(
      versioned.extend({
        reason: z.string().trim().min(1).max(500),
        remedy: z.string().trim().min(1).max(500).optional(),
      }),
    )
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "REFUSE", refusal: refusalOf(input.reason, input.remedy) },
      }),
    ),
  startProduction: act("START_PRODUCTION"),
  markFailed: staffProcedure("application:produce")
    .input(versioned.extend({ reason: z.string().trim().min(1).max(200) }))
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "MARK_FAILED", failure: productionFailureOf(input.reason) },
      }),
    ),
  markReady: act("MARK_READY"),
  handOver: staffProcedure("application:hand-over")
    .input(versioned.extend({ collector: collectorSchema }))
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "HAND_OVER", collector: input.collector },
      }),
    ),
  // An uncollected card leaves the service point's recall list for the county centre.
  returnToCentre: staffProcedure("application:recall")
    .input(versioned)
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, { ...input, action: { type: "RETURN_TO_CENTRE" } }),
    ),
  escalate: staffProcedure("application:escalate")
    .input(
      versioned.extend({
        reason: escalationReasonSchema,
        note: z.string().trim().min(1).max(200),
      }),
    )
    .output(staffApplicationView)
    .mutation(({ ctx, input }) =>
      actOnApplication(ctx.service, {
        ...input,
        action: { type: "ESCALATE", reason: input.reason, note: input.note },
      }),
    ),
  reportLost: staffProcedure("card:report-lost-for-person")
    .input(z.object({ residentId: residentIdSchema }))
    .output(z.object({ status: z.literal("REPORTED_LOST") }))
    .mutation(({ ctx, input }) => reportLostForPerson(ctx.service, input)),
});
