import { Prisma, parametersInForceOn } from "@yibao/db";
import {
  accountStatusFor,
  chinaToday,
  maskPersonName,
  mayPayFromAccount,
  monthOf,
  settlementSplit,
} from "@yibao/domain";
import type { ServiceContext, StaffActor, TransactionClient } from "../../context";
import { DomainError } from "../../errors";
import { postLedgerEntry } from "../account/post-ledger-entry";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeEcardToken } from "../ecard/consume-ecard-token";
import { verifyEcardToken } from "../ecard/ecard-token-codec";
import { institutionOf } from "./institution-of";

export interface SettleInput {
  token: string;
  terminalTransactionId: string;
  amountFen: number;
}

export interface SettlementResult {
  settlementId: string;
  fromAccountFen: number;
  selfPayFen: number;
  /** The person as the operator may see them (李*兰): never the balance or the history. */
  maskedName: string;
  settledAt: string;
}

interface AccountRow {
  name: string;
  balance_fen: number;
  last_paid_month: string | null;
}

async function existingSettlement(
  ctx: ServiceContext<StaffActor>,
  institutionId: string,
  input: SettleInput,
): Promise<SettlementResult | null> {
  const stored = await ctx.prisma.settlement.findUnique({
    where: {
      institutionId_terminalTransactionId: {
        institutionId,
        terminalTransactionId: input.terminalTransactionId,
      },
    },
    include: { person: { select: { name: true } } },
  });
  if (!stored) return null;
  // A terminal's retry carries the same bill and the same QR code (valid when it was first
  // used, though it may have expired since); anything else reusing the number is a different
  // sale and must not be answered with this one's receipt.
  const tokenId = await verifyEcardToken(ctx.protector, input.token, stored.settledAt);
  if (stored.amountFen !== input.amountFen || stored.ecardTokenId !== tokenId) {
    throw new DomainError("SETTLEMENT_CONFLICT");
  }
  return {
    settlementId: stored.id,
    fromAccountFen: stored.fromAccountFen,
    selfPayFen: stored.selfPayFen,
    maskedName: maskPersonName(stored.person.name),
    settledAt: stored.settledAt.toISOString(),
  };
}

async function settleOnce(
  tx: TransactionClient,
  ctx: ServiceContext<StaffActor>,
  institutionId: string,
  input: SettleInput,
): Promise<SettlementResult> {
  const { tokenId, personId } = await consumeEcardToken(tx, ctx.protector, {
    token: input.token,
    now: ctx.now,
  });
  const today = chinaToday(ctx.now);
  const parameters = await parametersInForceOn(tx, today);
  const month = monthOf(today);
  const rows = await tx.$queryRaw<AccountRow[]>`
    SELECT p.name, a.balance_fen,
           (SELECT max(c.month) FROM contribution c
             WHERE c.person_id = a.person_id AND c.month <= ${month}) AS last_paid_month
      FROM account a JOIN person p ON p.id = a.person_id
     WHERE a.person_id = ${personId}::uuid
       FOR UPDATE OF a`;
  const account = rows[0];
  // The resident scheme has no personal account (DOMAIN.md): nothing can be paid from one.
  if (!account) throw new DomainError("ACCOUNT_SEALED");
  const status = accountStatusFor({
    paidMonths: account.last_paid_month ? [account.last_paid_month.trim()] : [],
    month,
  });
  if (!mayPayFromAccount(status.status, parameters.SEALED_ACCOUNT_MAY_PAY)) {
    throw new DomainError(
      "ACCOUNT_SEALED",
      status.status === "SEALED" ? { sealedSince: status.sealedSince } : {},
    );
  }
  const split = settlementSplit(Number(account.balance_fen), input.amountFen);
  const settlement = await tx.settlement.create({
    data: {
      personId,
      institutionId,
      terminalTransactionId: input.terminalTransactionId,
      amountFen: input.amountFen,
      fromAccountFen: split.fromAccountFen,
      selfPayFen: split.selfPayFen,
      settledAt: ctx.now,
      settledBy: ctx.actor.staffUserId,
      ecardTokenId: tokenId,
    },
  });
  if (split.fromAccountFen > 0) {
    await postLedgerEntry(tx, {
      personId,
      kind: "SETTLEMENT_DEBIT",
      amountFen: -split.fromAccountFen,
      idempotencyKey: `settlement:${settlement.id}`,
      postedAt: ctx.now,
      settlementId: settlement.id,
      institutionId,
      sealedAccountMayPay: parameters.SEALED_ACCOUNT_MAY_PAY,
    });
  }
  await recordActorEvent(tx, ctx, {
    action: "settlement.recorded",
    subjectPersonId: personId,
    detail: {
      settlementId: settlement.id,
      institutionId,
      amountFen: input.amountFen,
      fromAccountFen: split.fromAccountFen,
    },
  });
  return {
    settlementId: settlement.id,
    ...split,
    maskedName: maskPersonName(account.name),
    settledAt: ctx.now.toISOString(),
  };
}

/**
 * A bill paid at a designated institution with the insured's e-card (DOMAIN.md, "The account"):
 * the account pays `min(balance, amount)`, the person the rest. Idempotent on the terminal's
 * transaction number: a retry (the same number, bill and QR code) gets the first answer, even
 * when two arrive at once. Refused while the account is sealed, unless the county lets a sealed
 * account pay. The operator learns the masked name and the split, nothing else.
 */
export async function settle(
  ctx: ServiceContext<StaffActor>,
  input: SettleInput,
): Promise<SettlementResult> {
  const institutionId = institutionOf(ctx);
  const earlier = await existingSettlement(ctx, institutionId, input);
  if (earlier) return earlier;
  try {
    return await ctx.prisma.$transaction((tx) => settleOnce(tx, ctx, institutionId, input));
  } catch (error) {
    // The same request twice at once: the loser finds the token spent or the number taken, and
    // answers with the winner's settlement.
    const raced =
      (error instanceof DomainError && error.code === "ECARD_TOKEN_INVALID") ||
      (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002");
    if (raced) {
      const winner = await existingSettlement(ctx, institutionId, input);
      if (winner) return winner;
    }
    throw error;
  }
}
