import { residentIdSchema, revealReasonSchema } from "@yibao/domain";
import { z } from "zod";
import { unlockCitizenLogin } from "../../services/citizen-accounts/unlock-citizen-login";
import { listOutbox } from "../../services/outbox/list-outbox";
import { revealResidentId } from "../../services/persons/reveal-resident-id";
import { router, staffProcedure } from "../../trpc";
import { bureauRouter } from "../account/bureau-router";
import { settlementRouter } from "../account/settlement-router";
import { staffApplicationsRouter } from "../applications/staff-applications-router";
import { employerBatchQueueRouter } from "../employer-batch-queue/employer-batch-queue-router";
import { ownAccountRouters } from "../shared/own-account-router";
import { taxRouter } from "../tax/tax-router";
import { auditRouter } from "./audit-router";
import { calendarRouter } from "./calendar-router";
import { dashboardRouter } from "./dashboard-router";
import { deliveriesRouter } from "./deliveries-router";
import { followUpsRouter } from "./follow-ups-router";
import { inboxRouter } from "./inbox-router";
import { jobsRouter } from "./jobs-router";
import { parametersRouter } from "./parameters-router";
import { servicePointsRouter } from "./service-points-router";
import { staffExtendSession } from "./staff-extend-session";
import { staffSession } from "./staff-session";
import { usersRouter } from "./users-router";

const own = ownAccountRouters(staffProcedure);

export const staffRouter = router({
  session: staffSession,
  extendSession: staffExtendSession,
  security: own.security,
  secondFactor: router(own.secondFactor),
  applications: staffApplicationsRouter,
  employerBatches: employerBatchQueueRouter,
  users: usersRouter,
  servicePoints: servicePointsRouter,
  audit: auditRouter,
  calendar: calendarRouter,
  parameters: parametersRouter,
  dashboard: dashboardRouter,
  inbox: inboxRouter,
  followUps: followUpsRouter,
  deliveries: deliveriesRouter,
  jobs: jobsRouter,
  settlement: settlementRouter,
  bureau: bureauRouter,
  tax: taxRouter,
  citizenAccounts: router({
    unlock: staffProcedure("citizen-login:unlock")
      .input(z.object({ residentId: residentIdSchema, documentChecked: z.literal(true) }))
      .output(z.object({ unlocked: z.boolean() }))
      .mutation(({ ctx, input }) => unlockCitizenLogin(ctx.service, input)),
  }),
  persons: router({
    revealResidentId: staffProcedure("person:reveal-id")
      .input(z.object({ personId: z.uuid(), reason: revealReasonSchema }))
      .output(z.object({ residentId: z.string() }))
      .mutation(({ ctx, input }) => revealResidentId(ctx.service, input)),
  }),
  outbox: router({
    list: staffProcedure("outbox:read")
      .input(z.object({ cursor: z.uuid().optional() }).default({}))
      .output(
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              at: z.string(),
              phone: z.string(),
              templateId: z.string(),
              text: z.string(),
              status: z.string(),
            }),
          ),
          nextCursor: z.string().nullable(),
        }),
      )
      .query(({ ctx, input }) => listOutbox(ctx.service, input)),
  }),
});
