import {
  accountStatusFor,
  chinaToday,
  type LedgerEntryKind,
  mayPayFromAccount,
  monthOf,
} from "@yibao/domain";
import type { TransactionClient } from "../../context";
import { DomainError } from "../../errors";

export interface LedgerPosting {
  personId: string;
  kind: LedgerEntryKind;
  /** Signed integer fen: credits positive, debits negative. */
  amountFen: number;
  /** Applied once: a second posting with the same key returns the first entry unchanged. */
  idempotencyKey: string;
  postedAt: Date;
  contributionMonth?: string | null;
  settlementId?: string | null;
  institutionId?: string | null;
  reversesEntryId?: string | null;
  /** For a debit: the county's SEALED_ACCOUNT_MAY_PAY in force on the day. */
  sealedAccountMayPay?: boolean;
}

export interface PostedEntry {
  id: string;
  balanceAfterFen: number;
  /** False when the key had been posted before and nothing changed now. */
  applied: boolean;
}

interface LockedAccount {
  balance_fen: number;
  last_paid_month: string | null;
  existing_id: string | null;
  existing_balance_after: number | null;
}

/**
 * The one writer of the account ledger (DOMAIN.md, "The account"). Inside the caller's
 * transaction it locks the account row, returns the earlier entry if the key was posted before,
 * refuses a debit while the account is sealed (unless the county lets a sealed account pay) and
 * any posting that would take the balance below zero, then appends the entry and moves the
 * running balance in one statement. Everything that changes a balance goes through here: the
 * settlement, its reversal and the collection of premiums; the database's CHECKs and the
 * append-only trigger hold the same rules for anyone who tries otherwise.
 */
export async function postLedgerEntry(
  tx: TransactionClient,
  posting: LedgerPosting,
): Promise<PostedEntry> {
  if (!Number.isSafeInteger(posting.amountFen) || posting.amountFen === 0) {
    throw new RangeError("a ledger entry moves a whole, non-zero number of fen");
  }
  const month = monthOf(chinaToday(posting.postedAt));
  // The row lock serialises every posting to this account: the key check and the balance read
  // below see every posting committed before it, so 50 at once still apply one by one.
  const locked = await tx.$queryRaw<LockedAccount[]>`
    SELECT a.balance_fen,
           (SELECT max(c.month) FROM contribution c
             WHERE c.person_id = a.person_id AND c.month <= ${month}) AS last_paid_month,
           e.id AS existing_id,
           e.balance_after_fen AS existing_balance_after
      FROM account a
      LEFT JOIN ledger_entry e ON e.idempotency_key = ${posting.idempotencyKey}
     WHERE a.person_id = ${posting.personId}::uuid
       FOR UPDATE OF a`;
  const account = locked[0];
  if (!account) throw new DomainError("NOT_FOUND");
  if (account.existing_id !== null) {
    return {
      id: account.existing_id,
      balanceAfterFen: Number(account.existing_balance_after),
      applied: false,
    };
  }

  if (posting.kind === "SETTLEMENT_DEBIT") {
    const status = accountStatusFor({
      paidMonths: account.last_paid_month ? [account.last_paid_month.trim()] : [],
      month,
    });
    if (!mayPayFromAccount(status.status, posting.sealedAccountMayPay ?? false)) {
      throw new DomainError(
        "ACCOUNT_SEALED",
        status.status === "SEALED" ? { sealedSince: status.sealedSince } : {},
      );
    }
  }
  const balanceAfterFen = Number(account.balance_fen) + posting.amountFen;
  if (balanceAfterFen < 0) {
    // The callers never ask for more than the balance (settlementSplit); reaching this is a bug.
    throw new RangeError("a posting may not take the account below zero");
  }

  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    WITH entry AS (
      INSERT INTO ledger_entry (person_id, kind, amount_fen, balance_after_fen, posted_at,
                                idempotency_key, contribution_month, settlement_id,
                                institution_id, reverses_entry_id)
      VALUES (${posting.personId}::uuid, ${posting.kind}::ledger_entry_kind, ${posting.amountFen},
              ${balanceAfterFen}, ${posting.postedAt}, ${posting.idempotencyKey},
              ${posting.contributionMonth ?? null}, ${posting.settlementId ?? null}::uuid,
              ${posting.institutionId ?? null}::uuid, ${posting.reversesEntryId ?? null}::uuid)
      RETURNING id
    ), moved AS (
      UPDATE account SET balance_fen = ${balanceAfterFen}, updated_at = ${posting.postedAt}
       WHERE person_id = ${posting.personId}::uuid
    )
    SELECT id FROM entry`;
  const [entry] = inserted;
  if (!entry) throw new Error("the ledger entry was not written");
  return { id: entry.id, balanceAfterFen, applied: true };
}
