import type { PrismaClient } from "@yibao/db";
import {
  type AuditAction,
  type AuditActorKind,
  type AuditResult,
  auditActionRequiresReason,
} from "@yibao/domain";
import { accountIdOf } from "../../access/account-owner";
import type { Actor, ServiceContext, SystemActor } from "../../context";

type Writer = Pick<PrismaClient, "auditEvent">;

export interface AuditEventInput {
  occurredAt: Date;
  actorKind: AuditActorKind;
  actorId: string | null;
  actorRole?: string | null;
  action: AuditAction;
  subjectPersonId: string | null;
  result: AuditResult;
  reason?: string | null;
  clientAddress: string | null;
  /** Facts about the event. Never a password, a code, a token or a full ID number. */
  detail?: Record<string, string | number | boolean | null>;
}

/**
 * Writes one audit entry; callers pass their transaction so the entry lands with the change.
 * The database numbers and chains it (the audit trigger) and refuses to change it later.
 */
export async function recordAuditEvent(writer: Writer, event: AuditEventInput): Promise<void> {
  if (event.result === "SUCCEEDED" && auditActionRequiresReason(event.action) && !event.reason) {
    throw new Error(`the audit action ${event.action} needs a reason`);
  }
  await writer.auditEvent.create({
    data: {
      occurredAt: event.occurredAt,
      actorKind: event.actorKind,
      actorId: event.actorId,
      actorRole: event.actorRole ?? null,
      action: event.action,
      subjectPersonId: event.subjectPersonId,
      result: event.result,
      reason: event.reason ?? null,
      clientAddress: event.clientAddress,
      ...(event.detail ? { detail: event.detail } : {}),
    },
  });
}

function actorIdOf(actor: Actor | SystemActor): string {
  return actor.kind === "SYSTEM" ? actor.job : accountIdOf(actor);
}

/**
 * The entry for something the signed-in actor (or a job) did: who, from where and when come from
 * `ctx`.
 */
export function recordActorEvent(
  writer: Writer,
  ctx: ServiceContext<Actor | SystemActor>,
  event: Pick<AuditEventInput, "action" | "subjectPersonId" | "reason" | "detail"> & {
    result?: AuditResult;
  },
): Promise<void> {
  return recordAuditEvent(writer, {
    occurredAt: ctx.now,
    actorKind: ctx.actor.kind,
    actorId: actorIdOf(ctx.actor),
    actorRole: ctx.actor.kind === "SYSTEM" ? null : ctx.actor.role,
    clientAddress: ctx.clientAddress,
    result: event.result ?? "SUCCEEDED",
    action: event.action,
    subjectPersonId: event.subjectPersonId,
    reason: event.reason ?? null,
    ...(event.detail ? { detail: event.detail } : {}),
  });
}
