import type { PrismaClient } from "@yibao/db";

type Writer = Pick<PrismaClient, "auditEvent">;

export interface AuditEventInput {
  occurredAt: Date;
  actorKind: "CITIZEN" | "STAFF" | "ANONYMOUS" | "SYSTEM";
  actorId: string | null;
  action: string;
  subjectPersonId: string | null;
  result: "SUCCEEDED" | "REFUSED";
  clientAddress: string | null;
  /** Facts about the event. Never a password, a token or a full ID number. */
  detail?: Record<string, string | number | boolean | null>;
}

/** Writes one audit entry; callers pass their transaction so the entry lands with the change. */
export async function recordAuditEvent(writer: Writer, event: AuditEventInput): Promise<void> {
  await writer.auditEvent.create({
    data: {
      occurredAt: event.occurredAt,
      actorKind: event.actorKind,
      actorId: event.actorId,
      action: event.action,
      subjectPersonId: event.subjectPersonId,
      result: event.result,
      clientAddress: event.clientAddress,
      ...(event.detail ? { detail: event.detail } : {}),
    },
  });
}
