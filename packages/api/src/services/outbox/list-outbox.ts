import { maskPhone } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { recordActorEvent } from "../audit/record-audit-event";
import { isMessageTemplateId, renderMessage } from "../messages/message-templates";

/**
 * The development outbox: the text messages the built-in gateway queued, newest first, as the
 * phone would show them. Answers NOT_FOUND in production, where a real provider sends them.
 */
export async function listOutbox(
  ctx: ServiceContext<StaffActor>,
  input: { cursor?: string | undefined },
) {
  if (ctx.production) throw new DomainError("NOT_FOUND");
  const limit = 50;
  const cursorRow = input.cursor
    ? await ctx.prisma.outboundMessage.findUnique({ where: { id: input.cursor } })
    : null;
  const rows = await ctx.prisma.outboundMessage.findMany({
    where: cursorRow
      ? {
          OR: [
            { createdAt: { lt: cursorRow.createdAt } },
            { createdAt: cursorRow.createdAt, id: { lt: cursorRow.id } },
          ],
        }
      : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  await recordActorEvent(ctx.prisma, ctx, {
    action: "outbox.read",
    subjectPersonId: null,
    detail: { rows: page.length },
  });
  return {
    items: page.map((row) => {
      const params = JSON.parse(ctx.protector.open(row.paramsSealed, "message.params")) as Record<
        string,
        string
      >;
      return {
        id: row.id,
        at: row.createdAt.toISOString(),
        phone: maskPhone(ctx.protector.open(row.phoneSealed, "message.phone")),
        templateId: row.templateId,
        text: isMessageTemplateId(row.templateId) ? renderMessage(row.templateId, params) : "",
        status: row.status,
      };
    }),
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
