import type { Prisma } from "@yibao/db";
import { maskPhone } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";

/**
 * A pending message refused this many times is "still retrying" for staff: past the one- and
 * five-minute retries, it is late enough that a counter may want to tell the person otherwise.
 */
export const lateAfterAttempts = 2;

const pageSize = 50;

const undelivered: Prisma.OutboundMessageWhereInput = {
  OR: [
    { status: "FAILED" },
    { status: "PENDING", attempts: { gte: lateAfterAttempts }, lastError: { not: null } },
  ],
};

/**
 * Text messages that did not reach the person: FAILED after the last try, and those still
 * retrying after repeated refusals, newest first. The phone is masked; of the parameters only
 * the application's receipt number is shown (others may hold a one-time code).
 */
export async function listUndeliveredMessages(
  ctx: ServiceContext<StaffActor>,
  input: { cursor?: string | undefined },
) {
  const cursorRow = input.cursor
    ? await ctx.prisma.outboundMessage.findFirst({ where: { id: input.cursor, ...undelivered } })
    : null;
  const rows = await ctx.prisma.outboundMessage.findMany({
    where: {
      ...undelivered,
      ...(cursorRow
        ? {
            AND: [
              {
                OR: [
                  { createdAt: { lt: cursorRow.createdAt } },
                  { createdAt: cursorRow.createdAt, id: { lt: cursorRow.id } },
                ],
              },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => {
      const params = JSON.parse(ctx.protector.open(row.paramsSealed, "message.params")) as Record<
        string,
        unknown
      >;
      return {
        id: row.id,
        status: row.status as "PENDING" | "FAILED",
        phone: maskPhone(ctx.protector.open(row.phoneSealed, "message.phone")),
        templateId: row.templateId,
        reference: typeof params.reference === "string" ? params.reference : null,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
        nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
      };
    }),
    nextCursor: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
  };
}
