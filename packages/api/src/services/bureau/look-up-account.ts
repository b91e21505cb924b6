import type { AccountLookUpReason, AccountSummaryView, LedgerEntryView } from "@yibao/domain";
import type { ServiceContext, StaffActor } from "../../context";
import { DomainError } from "../../errors";
import { readAccountSummary } from "../account/read-account-summary";
import { readLedgerEntries } from "../account/read-ledger-entries";
import { recordActorEvent } from "../audit/record-audit-event";
import { consumeEcardToken } from "../ecard/consume-ecard-token";

export type AccountLookUpInput = { reason: AccountLookUpReason } & (
  | { residentId: string; token?: undefined }
  | { token: string; residentId?: undefined }
);

export interface AccountLookUpResult extends AccountSummaryView {
  recentTransactions: LedgerEntryView[];
}

/**
 * The bureau's balance inquiry (DOMAIN.md, "Asking for the balance"): the clerk finds the person by
 * the resident ID number on the document they show, or by scanning their e-card, with a reason,
 * and sees what the person sees. The look-up is audited in the same transaction — who, whom,
 * when, why — and the person sees it in their access record.
 */
export async function lookUpAccount(
  ctx: ServiceContext<StaffActor>,
  input: AccountLookUpInput,
): Promise<AccountLookUpResult> {
  if (ctx.scope.kind !== "COUNTY") throw new DomainError("FORBIDDEN");
  const personId = await ctx.prisma.$transaction(async (tx) => {
    let found: string | null = null;
    if (input.token !== undefined) {
      found = (await consumeEcardToken(tx, ctx.protector, { token: input.token, now: ctx.now }))
        .personId;
    } else {
      const person = await tx.person.findUnique({
        where: { residentIdIndex: ctx.protector.residentIdIndex(input.residentId) },
        select: { id: true },
      });
      found = person?.id ?? null;
    }
    if (!found) throw new DomainError("NOT_FOUND");
    await recordActorEvent(tx, ctx, {
      action: "account.looked-up",
      subjectPersonId: found,
      reason: input.reason,
      detail: { method: input.token !== undefined ? "ECARD" : "RESIDENT_ID" },
    });
    return found;
  });
  const [summary, recentTransactions] = await Promise.all([
    readAccountSummary(ctx, personId),
    readLedgerEntries(ctx.prisma, personId, { limit: 20 }),
  ]);
  return { ...summary, recentTransactions };
}
