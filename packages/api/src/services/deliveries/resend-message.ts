import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";

/**
 * Puts a FAILED text message back in the outbox, with its tries counted afresh (the provider's
 * trouble may be over); the last error stays until the next try. Only a FAILED message: a second
 * click, or a message another clerk resent a moment ago, is refused and changes nothing.
 */
export async function resendMessage(ctx: ServiceContext<StaffActor>, input: { id: string }) {
  return ctx.prisma.$transaction(async (tx) => {
    const message = await tx.outboundMessage.findUnique({
      where: { id: input.id },
      select: { id: true, personId: true, templateId: true },
    });
    if (!message) throw new DomainError("NOT_FOUND");
    const resent = await tx.outboundMessage.updateMany({
      where: { id: input.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: null },
    });
    if (resent.count !== 1) throw new DomainError("ACTION_NOT_ALLOWED", { reason: "NOT_FAILED" });
    await recordActorEvent(tx, ctx, {
      action: "message.resent",
      subjectPersonId: message.personId,
      detail: { messageId: message.id, templateId: message.templateId },
    });
    return { id: message.id, status: "PENDING" as const };
  });
}
