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
  ledgerEntries: Array<{
    id: string;
    kind: LedgerEntryKind;
    amountFen: number;
    balanceAfterFen: number;
    postedAt: Date;
    description: string;
    idempotencyKey: string;
    reversesEntryId: string | null;
  }>;
  balanceFen: number;
}

/**
 * A person's contributions and account ledger relative to `now`, in posting order with running
 * balances: each month's personal-account share is credited when collected (the 15th), and the
 * settlements debit it.
 */
export function buildDemoHistory(person: DemoPerson, now: Date): DemoHistory {
  const currentMonth = monthIndexInChina(now);
  const { contributions: paid } = person;
  if (!paid) throw new Error(`Demo person ${person.key} pays no contributions.`);
  const contributions: DemoHistory["contributions"] = [];
  const entries: Array<Omit<DemoHistory["ledgerEntries"][number], "balanceAfterFen">> = [];

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
      id: randomUUID(),
      kind: "CONTRIBUTION_CREDIT",
      amountFen: paid.personalAccountFen,
      postedAt: collectedAt,
      description: `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月 医保个人账户划入`,
      idempotencyKey: `seed:${person.key}:contribution:${month}`,
      reversesEntryId: null,
    });
  }

  person.settlements.forEach((settlement, index) => {
    const monthIndex = currentMonth - settlement.monthsAgo;
    const debit = {
      id: randomUUID(),
      kind: "SETTLEMENT_DEBIT" as const,
      amountFen: -settlement.amountFen,
      postedAt: chinaTime(monthIndex, settlement.day, 9 + (index % 8), 30),
      description: settlement.description,
      idempotencyKey: `seed:${person.key}:settlement:${index}`,
      reversesEntryId: null,
    };
    entries.push(debit);
    if (settlement.reversedAs) {
      entries.push({
        id: randomUUID(),
        kind: "REVERSAL",
        amountFen: settlement.amountFen,
        postedAt: chinaTime(monthIndex, settlement.day + 2, 10, 20),
        description: settlement.reversedAs,
        idempotencyKey: `seed:${person.key}:settlement:${index}:reversal`,
        reversesEntryId: debit.id,
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
    ledgerEntries,
    balanceFen,
  };
}
