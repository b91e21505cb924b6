import type { Prisma, PrismaClient } from "@yibao/db";
import { loadCoveredCalendar as loadWorkingCalendar } from "@yibao/db";
import {
  type ApplicationAction,
  type ApplicationStatus,
  applicationStatusOf,
  applyAction,
  availableActions,
  cardEffectsOf,
  clockStartOf,
  closedApplicationStatuses,
  dueDateOf,
  rolePermissions,
} from "@yibao/domain";
import { accountIdOf } from "../../access/account-owner";
import type { Actor, ServiceContext, SystemActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { drawCardNumber } from "./draw-card-number";
import { notifyPerson } from "./notify-person";
import { findStoredApplication, type StoredApplication } from "./stored-application";

type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The facts of an action; who took it and when are added here. */
export type ActionFacts = DistributiveOmit<ApplicationAction, "at" | "by">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * An agent who collects a card leaves a name and an ID number: those are sealed like the
 * applicant's (`detail_sealed`), and `detail` keeps only that an agent collected.
 */
export function splitPersonalFacts(
  ctx: Pick<ServiceContext, "protector">,
  facts: Record<string, unknown>,
): { detail: Prisma.InputJsonObject; detailSealed: string | null } {
  const collector = facts.collector as { kind?: string } | undefined;
  if (collector?.kind !== "AGENT")
    return { detail: facts as Prisma.InputJsonObject, detailSealed: null };
  return {
    detail: { ...facts, collector: { kind: "AGENT" } } as Prisma.InputJsonObject,
    detailSealed: ctx.protector.seal(JSON.stringify({ collector }), "application.action"),
  };
}

function actionActorIdOf(actor: Actor | SystemActor): string {
  return actor.kind === "SYSTEM" ? actor.job : accountIdOf(actor);
}

/**
 * Writes one workflow action inside `tx`: the action row, the application's projection (status,
 * due date, ready date, version), the cards it affects, the audit entry and the person's inbox
 * message. The version condition makes two clerks acting at once on one application come out
 * as one success and one APPLICATION_CHANGED.
 */
export async function writeApplicationAction(
  tx: TransactionClient,
  ctx: ServiceContext<Actor | SystemActor>,
  stored: StoredApplication,
  action: ApplicationAction,
  expectedVersion: number,
): Promise<void> {
  const applied = applyAction(stored, action);
  if (!applied.ok) throw new DomainError("ACTION_NOT_ALLOWED", { reason: "WORKFLOW" });
  const { row } = stored;
  const calendar = await loadWorkingCalendar(tx);
  // The promise in force on the day it was submitted (county parameter, kept on the row).
  const due = dueDateOf(applied.application, calendar, {
    promiseWorkingDays: row.promiseWorkingDays,
  });
  const status = applied.status;
  const closed = (closedApplicationStatuses as readonly string[]).includes(status);
  const updated = await tx.cardApplication.updateMany({
    where: { id: row.id, version: expectedVersion },
    data: {
      status,
      version: { increment: 1 },
      clockStartedOn: new Date(`${clockStartOf(applied.application)}T00:00:00Z`),
      dueDate: new Date(`${due.dueDate}T00:00:00Z`),
      dueDateProvisional: due.provisional,
      ...(action.type === "MARK_READY"
        ? { readyAt: new Date(action.at), pickupBy: new Date(`${action.pickupDeadline}T00:00:00Z`) }
        : {}),
      ...(action.type === "ESCALATE" ? { escalatedAt: new Date(action.at) } : {}),
      ...(closed ? { closedAt: new Date(action.at) } : {}),
    },
  });
  if (updated.count !== 1) {
    const current = await tx.cardApplication.findUnique({
      where: { id: row.id },
      select: { status: true, version: true },
    });
    throw new DomainError("APPLICATION_CHANGED", {
      current: current ?? { status: row.status, version: row.version },
    });
  }
  const { type, at, ...facts } = action;
  const { detail, detailSealed } = splitPersonalFacts(ctx, facts);
  await tx.cardApplicationAction.create({
    data: {
      applicationId: row.id,
      personId: row.personId,
      seq: stored.actions.length + 1,
      action: type,
      at: new Date(at),
      actorKind: ctx.actor.kind,
      actorId: actionActorIdOf(ctx.actor),
      servicePointId: ctx.actor.kind === "STAFF" ? ctx.actor.servicePointId : null,
      detail,
      detailSealed,
    },
  });

  const effects = cardEffectsOf(stored.kindOf, action);
  if (effects.cancelsOldCard) {
    await tx.card.updateMany({
      where: { personId: row.personId, status: { in: ["ACTIVE", "REPORTED_LOST"] } },
      data: { status: "CANCELLED", cancelledAt: new Date(at) },
    });
  }
  if (effects.activatesNewCard) {
    const made = stored.actions.findLast((done) => done.type === "MARK_READY");
    await tx.card.create({
      data: {
        personId: row.personId,
        // The number printed on it when it was made, else one drawn now.
        number:
          (made?.type === "MARK_READY" ? made.cardNumber : undefined) ?? (await drawCardNumber(tx)),
        status: "ACTIVE",
        applicationId: row.id,
        issuedAt: new Date(at),
      },
    });
  }
  await recordActorEvent(tx, ctx, {
    action: "application.action-recorded",
    subjectPersonId: row.personId,
    detail: { applicationId: row.id, type, status },
  });
  await notifyOfAction(tx, ctx, stored, action, status);
}

/**
 * Every change of status, and a due date settled by the calendar, is told to the person: in the
 * inbox and by text message, in this transaction, named by the action's number so a repeat is
 * a no-op. Facts that leave the status as it was (a verification, an escalation) are not.
 */
async function notifyOfAction(
  tx: TransactionClient,
  ctx: ServiceContext<Actor | SystemActor>,
  stored: StoredApplication,
  action: ApplicationAction,
  status: ApplicationStatus,
): Promise<void> {
  const { row } = stored;
  const before = stored.actions.length === 0 ? null : applicationStatusOf(stored.actions);
  const dueDateChanged = action.type === "DUE_DATE_CHANGED";
  if (before === status && !dueDateChanged) return;
  // An employer's card waits at the county centre for the employer's agent, not for the person:
  // they are told once the employer has it (WITH_EMPLOYER), and whom to ask.
  if (row.channel === "EMPLOYER" && status === "READY_FOR_PICKUP") return;
  const pickupBy =
    action.type === "MARK_READY"
      ? action.pickupDeadline
      : row.pickupBy
        ? row.pickupBy.toISOString().slice(0, 10)
        : null;
  await notifyPerson(tx, ctx, {
    application: row,
    kind: dueDateChanged ? "DUE_DATE_CHANGED" : status,
    pickupBy,
    ...(dueDateChanged ? { dueDate: action.to } : {}),
    dedupeKey: `application:${row.id}:${stored.actions.length + 1}`,
  });
}

/** The party of the workflow table a signed-in actor acts as. */
function partyOf(actor: Actor): "APPLICANT" | "STAFF" | "EMPLOYER" {
  switch (actor.kind) {
    case "CITIZEN":
      return "APPLICANT";
    case "EMPLOYER":
      return "EMPLOYER";
    case "STAFF":
      return "STAFF";
  }
}

/**
 * A member of staff, the applicant, or an employer's agent takes one action on an application in
 * their scope, at the version they saw: the table must allow it for their party and permissions
 * now.
 */
export async function recordApplicationAction(
  ctx: ServiceContext<Actor>,
  input: {
    applicationId: string;
    version: number;
    facts: ActionFacts;
    /** More writes that belong with the action (a resubmitted photo), in its transaction. */
    with?: (tx: TransactionClient, stored: StoredApplication) => Promise<void>;
  },
): Promise<void> {
  const stored = await findStoredApplication(ctx, input.applicationId);
  if (stored.row.version !== input.version) {
    throw new DomainError("APPLICATION_CHANGED", {
      current: { status: stored.row.status, version: stored.row.version },
    });
  }
  const party = partyOf(ctx.actor);
  const allowed = availableActions(stored, {
    permissions: rolePermissions[ctx.actor.role],
    actorIsApplicant: party === "APPLICANT",
    employer: party === "EMPLOYER",
  });
  if (!allowed.includes(input.facts.type)) {
    throw new DomainError("ACTION_NOT_ALLOWED", { reason: "NOT_AVAILABLE" });
  }
  const action = {
    ...input.facts,
    at: ctx.now.toISOString(),
    by: party,
  } as ApplicationAction;
  await ctx.prisma.$transaction(async (tx) => {
    await writeApplicationAction(tx, ctx, stored, action, input.version);
    await input.with?.(tx, stored);
  });
}
