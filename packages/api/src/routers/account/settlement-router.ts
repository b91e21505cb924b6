import { z } from "zod";
import { listSettlements } from "../../services/settlement/list-settlements";
import { reverseSettlement } from "../../services/settlement/reverse-settlement";
import { settle } from "../../services/settlement/settle";
import { router, staffProcedure } from "../../trpc";

const fen = z.number().int();

/** A designated institution's till: settle with the e-card, reverse today's, list today's. */
export const settlementRouter = router({
  settle: staffProcedure("settlement:settle")
    .input(
      z.object({
        token: z.string().trim().min(1).max(2_000),
        // The terminal's own transaction number (终端流水号): letters, digits, - and _.
        terminalTransactionId: z
          .string()
          .trim()
          .regex(/^[0-9A-Za-z_-]{1,64}$/, "TERMINAL_TRANSACTION_ID_FORMAT"),
        // Up to ¥1,000,000.00 a bill.
        amountFen: z.number().int().min(1).max(100_000_000),
      }),
    )
    .output(
      z.object({
        settlementId: z.string(),
        fromAccountFen: fen,
        selfPayFen: fen,
        maskedName: z.string(),
        settledAt: z.string(),
      }),
    )
    .mutation(({ ctx, input }) => settle(ctx.service, input)),
  reverse: staffProcedure("settlement:reverse")
    .input(z.object({ settlementId: z.uuid() }))
    .output(
      z.object({ settlementId: z.string(), refundedToAccountFen: fen, reversedAt: z.string() }),
    )
    .mutation(({ ctx, input }) => reverseSettlement(ctx.service, input)),
  list: staffProcedure("settlement:list")
    .output(
      z.object({
        date: z.string(),
        items: z.array(
          z.object({
            settlementId: z.string(),
            terminalTransactionId: z.string(),
            settledAt: z.string(),
            maskedName: z.string(),
            amountFen: fen,
            fromAccountFen: fen,
            selfPayFen: fen,
            reversedAt: z.string().nullable(),
            reversible: z.boolean(),
          }),
        ),
      }),
    )
    .query(({ ctx }) => listSettlements(ctx.service)),
});
