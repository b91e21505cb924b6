import { Prisma, parametersInForceOn } from "@yibao/db";
import {
  type Applicant,
  type ApplicationAction,
  type ApplicationChannel,
  applicationStatusOf,
  canApply,
  chinaToday,
  type ReplacementReason,
} from "@yibao/domain";
import type { Actor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { drawReceiptNumbers } from "./receipt-number";
import { type ActionFacts, writeApplicationAction } from "./record-application-action";
import { type CheckedPhoto, storePhoto } from "./store-photo";
import {
  applicationInclude,
  type StoredApplication,
  storedApplicationOf,
} from "./stored-application";

export interface SubmissionRequest {
  personId: string;
  kind: "FIRST_ISSUE" | "REPLACEMENT";
  replacementReason?: ReplacementReason | undefined;
  channel: ApplicationChannel;
  applicant: Applicant;
  servicePointId: string;
  phone: string | null;
  photo: CheckedPhoto | null;
  idempotencyKey?: string | undefined;
  /** Actions taken in the same visit after the submission (the county centre's on-the-spot issue). */
  sameVisit?: ActionFacts[];
}

async function existingFor(ctx: ServiceContext<Actor>, key: string | undefined, personId: string) {
  if (!key) return null;
  const row = await ctx.prisma.cardApplication.findUnique({
    where: { idempotencyKey: key },
    include: applicationInclude,
  });
  // Someone else's key opens nothing of theirs.
  if (row && row.personId !== personId) throw new DomainError("VALIDATION_FAILED");
  return row ? storedApplicationOf(ctx, row) : null;
}

async function refuseIfOpen(ctx: ServiceContext<Actor>, request: SubmissionRequest) {
  const [rows, cards] = await Promise.all([
    ctx.prisma.cardApplication.findMany({
      where: { personId: request.personId },
      include: applicationInclude,
    }),
    ctx.prisma.card.findMany({ where: { personId: request.personId }, select: { status: true } }),
  ]);
  const stored = rows.map((row) => storedApplicationOf(ctx, row));
  const verdict = canApply(
    stored.map((application) => ({ id: application.row.id, actions: application.actions })),
    cards,
    request.kind,
  );
  if (verdict.ok) return;
  if (verdict.reason === "APPLICATION_ALREADY_OPEN") {
    const open = stored.find((application) => application.row.id === verdict.openApplication.id);
    throw new DomainError("APPLICATION_ALREADY_OPEN", {
      openApplication: {
        id: verdict.openApplication.id,
        reference: open?.row.reference ?? "",
        status: verdict.openApplication.status,
      },
    });
  }
  throw new DomainError("ACTION_NOT_ALLOWED", { reason: verdict.reason });
}

/**
 * Files a card application (any channel): refused while the person has one open, idempotent on
 * the caller's key (a double submit answers the first), the receipt number drawn, the SUBMIT
 * action and any same-visit actions recorded, all in one transaction.
 */
export async function submitApplication(
  ctx: ServiceContext<Actor>,
  request: SubmissionRequest,
): Promise<StoredApplication> {
  const again = await existingFor(ctx, request.idempotencyKey, request.personId);
  if (again) return again;
  await refuseIfOpen(ctx, request);

  try {
    const id = await ctx.prisma.$transaction(async (tx) => {
      const [reference = ""] = await drawReceiptNumbers(tx, chinaToday(ctx.now), 1);
      const today = new Date(`${chinaToday(ctx.now)}T00:00:00Z`);
      // The terms in force on the day it is submitted stay with it (DOMAIN.md: defaults are
      // parameters; a later change applies to later applications only).
      const terms = await parametersInForceOn(tx, chinaToday(ctx.now));
      const row = await tx.cardApplication.create({
        data: {
          personId: request.personId,
          reference,
          kind: request.kind,
          replacementReason:
            request.kind === "REPLACEMENT" ? (request.replacementReason ?? null) : null,
          channel: request.channel,
          applicantKind: request.applicant.kind,
          applicantSealed:
            request.applicant.kind === "SELF"
              ? null
              : ctx.protector.seal(JSON.stringify(request.applicant), "application.applicant"),
          servicePointId: request.servicePointId,
          phoneSealed: request.phone
            ? ctx.protector.seal(request.phone, "application.phone")
            : null,
          status: "SUBMITTED",
          submittedAt: ctx.now,
          clockStartedOn: today,
          dueDate: today,
          dueDateProvisional: false,
          idempotencyKey: request.idempotencyKey ?? null,
          promiseWorkingDays: terms.SERVICE_POINT_PROMISE_WORKING_DAYS,
          pickupDays: terms.PICKUP_PERIOD_DAYS,
          recallDays: terms.RECALL_PERIOD_DAYS,
        },
        include: applicationInclude,
      });
      if (request.photo) {
        await storePhoto(
          tx,
          request.photo,
          { personId: request.personId, applicationId: row.id },
          ctx.now,
        );
      }
      let stored = storedApplicationOf(ctx, row);
      const by = ctx.actor.kind === "CITIZEN" ? "APPLICANT" : "STAFF";
      const at = ctx.now.toISOString();
      const steps: ActionFacts[] = [
        { type: "SUBMIT", receiptNumber: reference },
        ...(request.sameVisit ?? []),
      ];
      let version = 1;
      for (const facts of steps) {
        const action = { ...facts, at, by } as ApplicationAction;
        await writeApplicationAction(tx, ctx, stored, action, version);
        version += 1;
        stored = { ...stored, actions: [...stored.actions, action] };
      }
      applicationStatusOf(stored.actions);
      return row.id;
    });
    const row = await ctx.prisma.cardApplication.findUniqueOrThrow({
      where: { id },
      include: applicationInclude,
    });
    return storedApplicationOf(ctx, row);
  } catch (error) {
    // Two submissions racing: the second meets the first's key or the one-open-application index.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const first = await existingFor(ctx, request.idempotencyKey, request.personId);
      if (first) return first;
      await refuseIfOpen(ctx, request);
    }
    throw error;
  }
}
