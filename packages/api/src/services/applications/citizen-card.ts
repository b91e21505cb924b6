import { loadCoveredCalendar as loadWorkingCalendar } from "@yibao/db";
import type { ReplacementReason } from "@yibao/domain";
import type { CitizenActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { ratingInclude, ratingStateOf } from "../ratings/rating-state";
import { type ApplicationView, applicationView, maskCardNumber } from "./application-view";
import { recordApplicationAction } from "./record-application-action";
import { checkPhotoUpload, storePhoto } from "./store-photo";
import {
  applicationInclude,
  findStoredApplication,
  storedApplicationOf,
} from "./stored-application";
import { submitApplication } from "./submit-application";

type Ctx = ServiceContext<CitizenActor>;

async function viewOf(ctx: Ctx, applicationId: string): Promise<ApplicationView> {
  const stored = await findStoredApplication(ctx, applicationId);
  return applicationView(stored, await loadWorkingCalendar(ctx.prisma), ctx.now, {
    fullCardNumber: false,
  });
}

/** The person's card and every application of theirs, newest first. */
export async function cardOverview(ctx: Ctx) {
  const [card, rows, calendar, ratings] = await Promise.all([
    ctx.prisma.card.findFirst({
      where: { personId: ctx.actor.personId, status: { in: ["ACTIVE", "REPORTED_LOST"] } },
      orderBy: { issuedAt: "desc" },
    }),
    ctx.prisma.cardApplication.findMany({
      where: { personId: ctx.actor.personId },
      orderBy: { submittedAt: "desc" },
      include: applicationInclude,
    }),
    loadWorkingCalendar(ctx.prisma),
    ctx.prisma.serviceRating.findMany({
      where: { personId: ctx.actor.personId },
      include: ratingInclude,
    }),
  ]);
  const ratingOf = new Map(ratings.map((rating) => [rating.applicationId, rating]));
  return {
    card: card ? { maskedNumber: maskCardNumber(card.number), status: card.status } : null,
    applications: rows.map((row) => {
      const view = applicationView(storedApplicationOf(ctx, row), calendar, ctx.now, {
        fullCardNumber: false,
      });
      return { ...view, rating: ratingStateOf(view, ratingOf.get(row.id) ?? null, calendar) };
    }),
  };
}

async function servicePointId(ctx: Ctx, code: string): Promise<string> {
  const point = await ctx.prisma.servicePoint.findUnique({ where: { code } });
  if (!point) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["servicePointCode"], code: "UNKNOWN_SERVICE_POINT" }],
    });
  }
  return point.id;
}

/** Apply online: the insured chooses where to collect, uploads the photo, confirms the phone. */
export async function applyOnline(
  ctx: Ctx,
  input: {
    servicePointCode: string;
    phone: string;
    photo: string;
    idempotencyKey?: string | undefined;
    replacementReason?: ReplacementReason | undefined;
  },
): Promise<ApplicationView> {
  const stored = await submitApplication(ctx, {
    personId: ctx.actor.personId,
    kind: input.replacementReason ? "REPLACEMENT" : "FIRST_ISSUE",
    replacementReason: input.replacementReason,
    channel: "ONLINE",
    applicant: { kind: "SELF" },
    servicePointId: await servicePointId(ctx, input.servicePointCode),
    phone: input.phone,
    photo: await checkPhotoUpload(ctx, input.photo),
    idempotencyKey: input.idempotencyKey,
  });
  return viewOf(ctx, stored.row.id);
}

/** Answers a request for materials online: a new photo if one was asked for; the clock restarts. */
export async function resubmitOnline(
  ctx: Ctx,
  input: { applicationId: string; photo?: string | undefined },
): Promise<ApplicationView> {
  const stored = await findStoredApplication(ctx, input.applicationId);
  const photo = input.photo ? await checkPhotoUpload(ctx, input.photo) : null;
  await recordApplicationAction(ctx, {
    applicationId: input.applicationId,
    version: stored.row.version,
    facts: { type: "RESUBMIT" },
    with: async (tx) => {
      if (photo) {
        await storePhoto(
          tx,
          photo,
          { personId: ctx.actor.personId, applicationId: input.applicationId },
          ctx.now,
        );
      }
    },
  });
  return viewOf(ctx, input.applicationId);
}

/** Withdraws one's own application before it is approved. */
export async function withdrawApplication(
  ctx: Ctx,
  input: { applicationId: string },
): Promise<ApplicationView> {
  const stored = await findStoredApplication(ctx, input.applicationId);
  await recordApplicationAction(ctx, {
    applicationId: input.applicationId,
    version: stored.row.version,
    facts: { type: "WITHDRAW" },
  });
  return viewOf(ctx, input.applicationId);
}

/** Reports one's active card lost (挂失): it stops at once. */
export async function reportOwnCardLost(ctx: Ctx): Promise<{ status: "REPORTED_LOST" }> {
  return ctx.prisma.$transaction(async (tx) => {
    const lost = await tx.card.updateMany({
      where: { personId: ctx.actor.personId, status: "ACTIVE" },
      data: { status: "REPORTED_LOST", reportedLostAt: ctx.now },
    });
    if (lost.count !== 1) throw new DomainError("ACTION_NOT_ALLOWED", { reason: "NO_ACTIVE_CARD" });
    await recordActorEvent(tx, ctx, {
      action: "card.reported-lost",
      subjectPersonId: ctx.actor.personId,
    });
    return { status: "REPORTED_LOST" as const };
  });
}

/** The person's own photo on one of their applications, to see what they sent. */
export async function ownApplicationPhoto(ctx: Ctx, input: { applicationId: string }) {
  await findStoredApplication(ctx, input.applicationId);
  const photo = await ctx.prisma.cardPhoto.findFirst({
    where: { applicationId: input.applicationId, personId: ctx.actor.personId },
    orderBy: { createdAt: "desc" },
  });
  if (!photo) throw new DomainError("NOT_FOUND");
  return { dataUrl: `data:image/jpeg;base64,${Buffer.from(photo.bytes).toString("base64")}` };
}

/** Where one can collect a card: the county's service points and the centre. */
export async function collectionPoints(ctx: Pick<ServiceContext, "prisma">) {
  return ctx.prisma.servicePoint.findMany({
    orderBy: [{ kind: "asc" }, { code: "asc" }],
    select: { code: true, kind: true, name: true, address: true, openingHours: true, phone: true },
  });
}
