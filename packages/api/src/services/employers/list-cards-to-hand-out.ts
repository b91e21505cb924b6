import { maskPersonName, maskResidentId } from "@yibao/domain";
import type { EmployerActor, ServiceContext } from "../../context";
import { DomainError } from "../../errors";
import { actionOfRow } from "../applications/stored-application";

export interface CardToHandOut {
  applicationId: string;
  version: number;
  reference: string;
  /** The employee as a printed list shows them: 李*兰, 530125********0027. */
  maskedName: string;
  maskedResidentId: string;
  cardNumber: string | null;
  status: "WITH_EMPLOYER" | "UNCOLLECTED";
  /** When the agent collected it at the county centre. */
  collectedAt: string | null;
}

/**
 * The cards the employer's agent collected at the county centre and has not handed to its
 * employees yet (WITH_EMPLOYER, or UNCOLLECTED when the pickup period ended while the employer
 * still held them), oldest first. Only the agent's own employer's.
 */
export async function listCardsToHandOut(
  ctx: ServiceContext<EmployerActor>,
): Promise<{ items: CardToHandOut[] }> {
  if (ctx.scope.kind !== "EMPLOYER") throw new DomainError("FORBIDDEN");
  const rows = await ctx.prisma.cardApplication.findMany({
    where: {
      employerId: ctx.scope.employerId,
      status: { in: ["WITH_EMPLOYER", "UNCOLLECTED"] },
      actions: { some: { action: "EMPLOYER_COLLECT" } },
    },
    orderBy: [{ readyAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      version: true,
      reference: true,
      status: true,
      person: { select: { name: true, residentIdSealed: true } },
      card: { select: { number: true } },
      // The collection, and the making of the card: the number printed on it was drawn then
      // (the card's own row comes with the hand-out).
      actions: {
        where: { action: { in: ["EMPLOYER_COLLECT", "MARK_READY"] } },
        orderBy: { seq: "desc" },
      },
    },
  });
  return {
    items: rows.map((row) => {
      const collected = row.actions.find((action) => action.action === "EMPLOYER_COLLECT");
      const made = row.actions.find((action) => action.action === "MARK_READY");
      const facts = made ? actionOfRow(ctx, made) : null;
      return {
        applicationId: row.id,
        version: row.version,
        reference: row.reference,
        maskedName: maskPersonName(row.person.name),
        maskedResidentId: maskResidentId(
          ctx.protector.open(row.person.residentIdSealed, "person.resident-id"),
        ),
        cardNumber:
          row.card?.number ?? (facts?.type === "MARK_READY" ? facts.cardNumber : undefined) ?? null,
        status: row.status as CardToHandOut["status"],
        collectedAt: collected?.at.toISOString() ?? null,
      };
    }),
  };
}
