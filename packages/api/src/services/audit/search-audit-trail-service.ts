import type { ServiceContext, StaffActor } from "../../context";
import { recordActorEvent } from "./record-audit-event";
import { type AuditFilter, findAuditEntries } from "./search-audit-trail";

/** The auditor's search; the search itself is recorded (what was asked, never the ID number). */
export async function searchAuditTrail(
  ctx: ServiceContext<StaffActor>,
  input: AuditFilter & { cursor?: number | undefined },
) {
  const result = await findAuditEntries(ctx, input, { cursor: input.cursor, limit: 50 });
  if (!input.cursor) {
    await recordActorEvent(ctx.prisma, ctx, {
      action: "audit.searched",
      subjectPersonId: null,
      detail: {
        byPerson: Boolean(input.residentId),
        actor: input.actor ?? null,
        action: input.action ?? null,
        from: input.from ?? null,
        to: input.to ?? null,
      },
    });
  }
  return result;
}
