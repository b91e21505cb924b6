import { chinaToday } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { postLedgerEntry } from "../account/post-ledger-entry";
import { recordActorEvent } from "../audit/record-audit-event";
import { institutionOf } from "./institution-of";

/**
 * 冲正: undoes a settlement (the sale cancelled at the till). Only the institution that made it,
 * on the same day in China, and only once; what the account paid goes back as one REVERSAL
 * entry of the whole debit. Another institution's settlement is not even confirmed to exist.
 */
export async function reverseSettlement(
  ctx: ServiceContext<StaffActor>,
  input: { settlementId: string },
): Promise<{ settlementId: string; refundedToAccountFen: number; reversedAt: string }> {
  const institutionId = institutionOf(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      Array<{ person_id: string; settled_at: Date; reversed_at: Date | null }>
    >`
      SELECT person_id, settled_at, reversed_at FROM settlement
       WHERE id = ${input.settlementId}::uuid AND institution_id = ${institutionId}::uuid
         FOR UPDATE`;
    const settlement = rows[0];
    if (!settlement) throw new DomainError("NOT_FOUND");
    if (settlement.reversed_at !== null) {
      throw new DomainError("REVERSAL_NOT_ALLOWED", { reason: "ALREADY_REVERSED" });
    }
    if (chinaToday(new Date(settlement.settled_at)) !== chinaToday(ctx.now)) {
      throw new DomainError("REVERSAL_NOT_ALLOWED", { reason: "NOT_SAME_DAY" });
    }
    const debit = await tx.ledgerEntry.findFirst({
      where: { settlementId: input.settlementId, kind: "SETTLEMENT_DEBIT" },
      select: { id: true, amountFen: true },
    });
    if (debit) {
      await postLedgerEntry(tx, {
        personId: settlement.person_id,
        kind: "REVERSAL",
        amountFen: -debit.amountFen,
        idempotencyKey: `reversal:${debit.id}`,
        postedAt: ctx.now,
        reversesEntryId: debit.id,
        settlementId: input.settlementId,
        institutionId,
      });
    }
    await tx.settlement.update({
      where: { id: input.settlementId },
      data: { reversedAt: ctx.now, reversedBy: ctx.actor.staffUserId },
    });
    await recordActorEvent(tx, ctx, {
      action: "settlement.reversed",
      subjectPersonId: settlement.person_id,
      detail: { settlementId: input.settlementId, institutionId },
    });
    return {
      settlementId: input.settlementId,
      refundedToAccountFen: debit ? -debit.amountFen : 0,
      reversedAt: ctx.now.toISOString(),
    };
  });
}
