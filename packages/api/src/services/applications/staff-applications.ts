import { loadCoveredCalendar as loadWorkingCalendar } from "@yibao/db";
import {
  type Applicant,
  type ApplicationChannel,
  availableActions,
  type CertificateHolder,
  type Collector,
  chinaToday,
  type EscalationReason,
  isUnderGuardianAge,
  type MissingItem,
  maskPhone,
  maskResidentId,
  type ProductionFailure,
  type Refusal,
  rolePermissions,
} from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { applicationView } from "./application-view";
import { markReadyFacts } from "./mark-ready-facts";
import { type ActionFacts, recordApplicationAction } from "./record-application-action";
import { checkPhotoUpload, storePhoto } from "./store-photo";
import { findStoredApplication } from "./stored-application";
import { submitApplication } from "./submit-application";

type Ctx = ServiceContext<StaffActor>;

function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18
    ? maskResidentId(idNumber)
    : `${idNumber.slice(0, 2)}****${idNumber.slice(-2)}`;
}

/**
 * One application as the counter works it: the view, the version to act on, the actions the
 * clerk may take now (the same function as the API's guard), the person and the applicant
 * masked, the photo. Reading it is recorded: it shows another person's data.
 */
export async function getApplicationForStaff(ctx: Ctx, input: { applicationId: string }) {
  const stored = await findStoredApplication(ctx, input.applicationId);
  const { row } = stored;
  const [calendar, photo] = await Promise.all([
    loadWorkingCalendar(ctx.prisma),
    ctx.prisma.cardPhoto.findFirst({
      where: { applicationId: row.id },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  await recordActorEvent(ctx.prisma, ctx, {
    action: "application.read",
    subjectPersonId: row.personId,
    detail: { applicationId: row.id },
  });
  const verified = new Set(
    stored.actions.flatMap((action) =>
      action.type === "VERIFY_DOCUMENTS" ? action.certificates : [],
    ),
  );
  const applicant = stored.applicant;
  return {
    ...applicationView(stored, calendar, ctx.now, { fullCardNumber: true }),
    availableActions: availableActions(stored, {
      permissions: rolePermissions[ctx.actor.role],
      actorIsApplicant: false,
    }),
    person: {
      id: row.person.id,
      name: row.person.name,
      maskedResidentId: maskResidentId(
        ctx.protector.open(row.person.residentIdSealed, "person.resident-id"),
      ),
      phoneMasked: row.phoneSealed
        ? maskPhone(ctx.protector.open(row.phoneSealed, "application.phone"))
        : null,
    },
    applicant:
      applicant.kind === "SELF"
        ? {
            kind: "SELF" as const,
            name: null,
            idType: null,
            maskedIdNumber: null,
            relationship: null,
          }
        : {
            kind: applicant.kind,
            name: applicant.name,
            idType: applicant.idType,
            maskedIdNumber: maskIdNumber(applicant.idNumber),
            relationship: applicant.relationship,
          },
    verified: {
      insured: verified.has("INSURED"),
      agent: verified.has("AGENT") || verified.has("GUARDIAN"),
    },
    photo: photo
      ? { dataUrl: `data:image/jpeg;base64,${Buffer.from(photo.bytes).toString("base64")}` }
      : null,
  };
}

async function personFor(ctx: Ctx, residentId: string) {
  const person = await ctx.prisma.person.findUnique({
    where: { residentIdIndex: ctx.protector.residentIdIndex(residentId) },
    select: { id: true, birthDate: true },
  });
  if (!person) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["residentId"], code: "NOT_INSURED" }],
    });
  }
  return person;
}

export interface CounterRegistration {
  channel: Extract<ApplicationChannel, "SERVICE_POINT" | "COUNTY_CENTRE" | "EMPLOYER">;
  applicant: Applicant;
  residentId: string;
  phone: string;
  photo: string;
  servicePointCode?: string | undefined;
  idempotencyKey?: string | undefined;
  kind?: "FIRST_ISSUE" | "REPLACEMENT";
  replacementReason?: "LOST" | "DAMAGED" | "EXPIRED" | "DETAILS_CHANGED" | undefined;
}

async function counterServicePoint(ctx: Ctx, code: string | undefined): Promise<string> {
  if (ctx.scope.kind === "SERVICE_POINT" || !code) return ctx.actor.servicePointId;
  const point = await ctx.prisma.servicePoint.findUnique({ where: { code } });
  if (!point) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["servicePointCode"], code: "UNKNOWN_SERVICE_POINT" }],
    });
  }
  return point.id;
}

function checkGuardian(applicant: Applicant, birthDate: Date, now: Date): void {
  if (
    applicant.kind === "GUARDIAN" &&
    !isUnderGuardianAge(birthDate.toISOString().slice(0, 10), chinaToday(now))
  ) {
    throw new DomainError("VALIDATION_FAILED", {
      issues: [{ path: ["guardian"], code: "NOT_UNDER_16" }],
    });
  }
}

/** Registers an application brought to the counter: by the insured, an agent or a guardian. */
export async function registerAtCounter(ctx: Ctx, input: CounterRegistration) {
  const person = await personFor(ctx, input.residentId);
  checkGuardian(input.applicant, person.birthDate, ctx.now);
  const photo = await checkPhotoUpload(ctx, input.photo);
  const stored = await submitApplication(ctx, {
    personId: person.id,
    kind: input.kind ?? "FIRST_ISSUE",
    replacementReason: input.replacementReason,
    channel: input.channel,
    applicant: input.applicant,
    servicePointId: await counterServicePoint(ctx, input.servicePointCode),
    phone: input.phone,
    photo,
    idempotencyKey: input.idempotencyKey,
  });
  return getApplicationForStaff(ctx, { applicationId: stored.row.id });
}

/**
 * The county centre issues a card on the spot (DOMAIN.md, channel 1): one visit records the
 * submission, the verified certificates and the hand-over, and the card is active at once.
 */
export async function issueOnTheSpot(ctx: Ctx, input: Omit<CounterRegistration, "channel">) {
  const person = await personFor(ctx, input.residentId);
  checkGuardian(input.applicant, person.birthDate, ctx.now);
  const photo = await checkPhotoUpload(ctx, input.photo);
  const certificates: CertificateHolder[] =
    input.applicant.kind === "SELF" ? ["INSURED"] : ["INSURED", input.applicant.kind];
  const collector: Collector =
    input.applicant.kind === "SELF"
      ? { kind: "SELF" }
      : {
          kind: "AGENT",
          name: input.applicant.name,
          idType: input.applicant.idType,
          idNumber: input.applicant.idNumber,
          relationship: input.applicant.relationship,
        };
  const visitId = `visit-${ctx.now.getTime()}`;
  const stored = await submitApplication(ctx, {
    personId: person.id,
    kind: input.kind ?? "FIRST_ISSUE",
    replacementReason: input.replacementReason,
    channel: "COUNTY_CENTRE",
    applicant: input.applicant,
    servicePointId: ctx.actor.servicePointId,
    phone: input.phone,
    photo,
    idempotencyKey: input.idempotencyKey,
    sameVisit: [
      { type: "VERIFY_DOCUMENTS", certificates, visitId },
      { type: "ISSUE_ON_THE_SPOT", collector, visitId },
    ],
  });
  return getApplicationForStaff(ctx, { applicationId: stored.row.id });
}

/** Every counter action but registration: the facts of each, built from the clerk's input. */
export type CounterAction =
  | { type: "VERIFY_DOCUMENTS"; insured: boolean; agent?: boolean | undefined }
  | { type: "APPROVE" }
  | { type: "REQUEST_MATERIALS"; missing: MissingItem[] }
  | { type: "REFUSE"; refusal: Refusal }
  | { type: "START_PRODUCTION" }
  | { type: "MARK_FAILED"; failure: ProductionFailure }
  | { type: "MARK_READY" }
  | { type: "HAND_OVER"; collector: Collector }
  | { type: "RESUBMIT"; photo?: string | undefined }
  | { type: "RETURN_TO_CENTRE" }
  | { type: "ESCALATE"; reason: EscalationReason; note: string };

export async function actOnApplication(
  ctx: Ctx,
  input: { applicationId: string; version: number; action: CounterAction },
) {
  const stored = await findStoredApplication(ctx, input.applicationId);
  const { action } = input;
  let facts: ActionFacts;
  switch (action.type) {
    case "VERIFY_DOCUMENTS": {
      const certificates: CertificateHolder[] = [];
      if (action.insured) certificates.push("INSURED");
      if (action.agent && stored.applicant.kind !== "SELF")
        certificates.push(stored.applicant.kind);
      if (certificates.length === 0) {
        throw new DomainError("VALIDATION_FAILED", {
          issues: [{ path: ["insured"], code: "NOTHING_VERIFIED" }],
        });
      }
      facts = { type: "VERIFY_DOCUMENTS", certificates };
      break;
    }
    case "REQUEST_MATERIALS":
      facts = { type: "REQUEST_MATERIALS", missingItems: action.missing };
      break;
    case "REFUSE":
      facts = { type: "REFUSE", refusal: action.refusal };
      break;
    case "MARK_FAILED":
      facts = { type: "MARK_FAILED", failure: action.failure };
      break;
    case "MARK_READY":
      facts = await markReadyFacts(ctx.prisma, stored, ctx.now);
      break;
    case "HAND_OVER":
      facts = { type: "HAND_OVER", collector: action.collector };
      break;
    case "ESCALATE":
      facts = { type: "ESCALATE", reason: action.reason, note: action.note };
      break;
    default:
      facts = { type: action.type };
  }
  const photo =
    action.type === "RESUBMIT" && action.photo ? await checkPhotoUpload(ctx, action.photo) : null;
  await recordApplicationAction(ctx, {
    applicationId: input.applicationId,
    version: input.version,
    facts,
    with: async (tx) => {
      if (photo) {
        await storePhoto(
          tx,
          photo,
          { personId: stored.row.personId, applicationId: stored.row.id },
          ctx.now,
        );
      }
    },
  });
  return getApplicationForStaff(ctx, { applicationId: input.applicationId });
}

/** At the counter, for a person who shows their ID document: their card stops at once. */
export async function reportLostForPerson(ctx: Ctx, input: { residentId: string }) {
  const person = await personFor(ctx, input.residentId);
  return ctx.prisma.$transaction(async (tx) => {
    const lost = await tx.card.updateMany({
      where: { personId: person.id, status: "ACTIVE" },
      data: { status: "REPORTED_LOST", reportedLostAt: ctx.now },
    });
    if (lost.count !== 1) throw new DomainError("ACTION_NOT_ALLOWED", { reason: "NO_ACTIVE_CARD" });
    await recordActorEvent(tx, ctx, { action: "card.reported-lost", subjectPersonId: person.id });
    return { status: "REPORTED_LOST" as const };
  });
}
