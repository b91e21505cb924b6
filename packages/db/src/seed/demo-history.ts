import { randomUUID } from "node:crypto";
import type { LedgerEntryKind } from "../generated/prisma/enums";
import type { DemoPerson } from "./demo-county";

// Months and times are China Standard Time (UTC+8), the county's clock.
const chinaOffsetMs = 8 * 60 * 60 * 1000;

function monthIndexInChina(instant: Date): number {
  const china = new Date(instant.getTime() + chinaOffsetMs);
  return china.getUTCFullYear() * 12 + china.getUTCMonth();
}

function monthLabel(monthIndex: number): string {
  const month = (monthIndex % 12) + 1;
  return `${Math.floor(monthIndex / 12)}-${String(month).padStart(2, "0")}`;
}

function chinaTime(monthIndex: number, day: number, hour: number, minute: number): Date {
  return new Date(
    Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, day, hour, minute) - chinaOffsetMs,
  );
}

export interface DemoHistory {
  openedOn: Date;
  contributions: Array<{
    month: string;
    employerCreditCode: string | null;
    totalFen: number;
    personalAccountFen: number;
    collectedAt: Date;
  }>;
  /** Settlements by institution code; the seed turns the code into the institution's id. */
  settlements: Array<{
    id: string;
    institutionCode: string;
    terminalTransactionId: string;
    amountFen: number;
    fromAccountFen: number;
    selfPayFen: number;
    settledAt: Date;
    reversedAt: Date | null;
  }>;
  ledgerEntries: Array<{
    id: string;
    kind: LedgerEntryKind;
    amountFen: number;
    balanceAfterFen: number;
    postedAt: Date;
    idempotencyKey: string;
    reversesEntryId: string | null;
    contributionMonth: string | null;
    settlementId: string | null;
    institutionCode: string | null;
  }>;
  balanceFen: number;
}

type DemoEntry = Omit<DemoHistory["ledgerEntries"][number], "balanceAfterFen">;

/**
 * A person's contributions, settlements and account ledger relative to `now`, in posting order
 * with running balances: each month's personal-account share is credited when collected (the
 * 15th), and the settlements debit it. The keys are the posting function's (`contribution:…`,
 * `settlement:…`), so nothing posted later by the services can apply twice.
 */
export function buildDemoHistory(person: DemoPerson, now: Date): DemoHistory {
  const currentMonth = monthIndexInChina(now);
  const { contributions: paid } = person;
  if (!paid) throw new Error(`Demo person ${person.key} pays no contributions.`);
  const contributions: DemoHistory["contributions"] = [];
  const settlements: DemoHistory["settlements"] = [];
  const entries: DemoEntry[] = [];
  const none = { reversesEntryId: null, contributionMonth: null, settlementId: null };

  for (let monthsAgo = paid.fromMonthsAgo; monthsAgo >= paid.toMonthsAgo; monthsAgo -= 1) {
    const monthIndex = currentMonth - monthsAgo;
    const month = monthLabel(monthIndex);
    const collectedAt = chinaTime(monthIndex, 15, 10, 0);
    contributions.push({
      month,
      employerCreditCode: paid.employerCreditCode,
      totalFen: paid.totalFen,
      personalAccountFen: paid.personalAccountFen,
      collectedAt,
    });
    entries.push({
      ...none,
      id: randomUUID(),
      kind: "CONTRIBUTION_CREDIT",
      amountFen: paid.personalAccountFen,
      postedAt: collectedAt,
      idempotencyKey: `contribution:seed-${person.key}:${month}`,
      contributionMonth: month,
      institutionCode: null,
    });
  }

  person.settlements.forEach((settlement, index) => {
    const monthIndex = currentMonth - settlement.monthsAgo;
    const settledAt = chinaTime(monthIndex, settlement.day, 9 + (index % 8), 30);
    const id = randomUUID();
    const selfPayFen = settlement.selfPayFen ?? 0;
    const reversedAt = settlement.reversed
      ? chinaTime(monthIndex, settlement.day, 17, 10 + (index % 40))
      : null;
    settlements.push({
      id,
      institutionCode: settlement.institutionCode,
      terminalTransactionId: `SEED-${person.key}-${index + 1}`,
      amountFen: settlement.amountFen + selfPayFen,
      fromAccountFen: settlement.amountFen,
      selfPayFen,
      settledAt,
      reversedAt,
    });
    const debit: DemoEntry = {
      ...none,
      id: randomUUID(),
      kind: "SETTLEMENT_DEBIT",
      amountFen: -settlement.amountFen,
      postedAt: settledAt,
      idempotencyKey: `settlement:${id}`,
      settlementId: id,
      institutionCode: settlement.institutionCode,
    };
    entries.push(debit);
    if (reversedAt) {
      entries.push({
        ...none,
        id: randomUUID(),
        kind: "REVERSAL",
        amountFen: settlement.amountFen,
        postedAt: reversedAt,
        idempotencyKey: `reversal:${debit.id}`,
        reversesEntryId: debit.id,
        settlementId: id,
        institutionCode: settlement.institutionCode,
      });
    }
  });

  entries.sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime());
  let balanceFen = 0;
  const ledgerEntries = entries.map((entry) => {
    balanceFen += entry.amountFen;
    if (balanceFen < 0) {
      throw new Error(`Demo data for ${person.key} would overdraw the account.`);
    }
    return { ...entry, balanceAfterFen: balanceFen };
  });
  const [first] = contributions;
  if (!first) {
    throw new Error(`Demo person ${person.key} has no contributions.`);
  }
  return {
    openedOn: new Date(`${first.month}-01T00:00:00Z`),
    contributions,
    settlements,
    ledgerEntries,
    balanceFen,
  };
}
