import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { collectionCsv, uploadCollectionFile } from "./collection-file.fixture";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

describe.each(testDatabaseKinds())("the fund's income on %s", (kind) => {
  let seeded: Seeded;
  let tax: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    tax = (await callerWithSession(seeded.database, { username: "tax01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** The sums straight from the tables: the ledger's credits and the premiums, by month. */
  async function recordedSums(month: string) {
    const { prisma } = seeded.database;
    const [credited, premiums] = await Promise.all([
      prisma.ledgerEntry.aggregate({
        where: { kind: "CONTRIBUTION_CREDIT", contributionMonth: month },
        _sum: { amountFen: true },
      }),
      prisma.contribution.aggregate({
        where: { month },
        _sum: { personalFen: true, employerFen: true, totalFen: true },
      }),
    ]);
    return {
      creditedFen: credited._sum.amountFen ?? 0,
      employeeFen: premiums._sum.personalFen ?? 0,
      employerFen: premiums._sum.employerFen ?? 0,
      totalFen: premiums._sum.totalFen ?? 0,
    };
  }

  it("reports each month as the ledger and the contributions hold it", async () => {
    const report = await tax.staff.tax.fundIncome({ from: "2025-12", to: "2026-11" });
    expect(report.months).toHaveLength(12);
    for (const month of report.months) {
      const sums = await recordedSums(month.month);
      expect(month.creditedFen, month.month).toBe(sums.creditedFen);
      expect(month.employeeFen, month.month).toBe(sums.employeeFen);
      expect(month.employerFen, month.month).toBe(sums.employerFen);
      expect(month.employeeFen + month.employerFen, month.month).toBe(sums.totalFen);
      expect(month.pooledFen, month.month).toBe(month.collectedFen - month.creditedFen);
    }
    const october = report.months.find((row) => row.month === "2026-10");
    expect(october?.creditedFen).toBeGreaterThan(0);
    // 石桥建材's months owed, assessed at ¥400 and ¥520 a month.
    expect(
      report.months.filter((row) => row.arrearsFen > 0).map((row) => [row.month, row.arrearsFen]),
    ).toEqual([
      ["2026-06", 92_000],
      ["2026-07", 92_000],
      ["2026-08", 92_000],
      ["2026-09", 92_000],
      ["2026-10", 92_000],
    ]);
    // The resident scheme's payments, received in October 2025 for 2026.
    expect(report.months.find((row) => row.month === "2026-10")?.residentFen).toBe(40_000);
    expect(report.years.map((row) => row.year)).toEqual([2025, 2026]);
    const year2026 = report.months.filter((row) => row.month.startsWith("2026"));
    expect(report.years[1]?.collectedFen).toBe(
      year2026.reduce((total, row) => total + row.collectedFen, 0),
    );
    expect(report.total.collectedFen).toBe(report.total.creditedFen + report.total.pooledFen);
  });

  it("moves by exactly what a credited collection holds, still equal to the ledger", async () => {
    const before = (await tax.staff.tax.fundIncome({ from: "2026-11", to: "2026-11" })).months[0];
    const uploadId = await uploadCollectionFile(
      seeded.database,
      "tax01",
      collectionCsv([
        ["91530125MA6K8Y2Q3B", "530125196803120027", "2026-11", "8600", "172", "688", "FUND-0001"],
        ["", "530125197604180048", "2026-11", "4500", "450", "", "FUND-0002"],
      ]),
    );
    const report = await tax.staff.tax.checkCollection({ uploadId });
    await tax.staff.tax.creditCollection({
      collectionId: report.collectionId,
      idempotencyKey: "fund-income-1",
    });
    const after = (await tax.staff.tax.fundIncome({ from: "2026-11", to: "2026-11" })).months[0];
    expect({
      employeeFen: (after?.employeeFen ?? 0) - (before?.employeeFen ?? 0),
      employerFen: (after?.employerFen ?? 0) - (before?.employerFen ?? 0),
      creditedFen: (after?.creditedFen ?? 0) - (before?.creditedFen ?? 0),
    }).toEqual({ employeeFen: 17_200 + 45_000, employerFen: 68_800, creditedFen: 17_200 + 9_000 });
    expect(after?.creditedFen).toBe((await recordedSums("2026-11")).creditedFen);
  });

  it("proposes next year's income from the trend, with its method and the payers behind it", async () => {
    const proposal = await tax.staff.tax.budgetProposal({ year: 2027 });
    expect(proposal).toMatchObject({
      budgetYear: 2027,
      baseYear: 2026,
      method: "LINEAR_TREND",
      basis: { from: "2025-11", to: "2026-10", months: 12 },
      payers: { employers: 3, lastMonth: "2026-10" },
    });
    expect(proposal.actuals.map((row) => row.month)).toEqual(
      Array.from({ length: 10 }, (_, index) => `2026-${String(index + 1).padStart(2, "0")}`),
    );
    expect(proposal.proposal.months).toHaveLength(12);
    expect(proposal.proposal.totalFen).toBe(
      proposal.proposal.months.reduce((total, row) => total + row.fen, 0),
    );
    expect(proposal.payers.individuals).toBeGreaterThanOrEqual(6);
    expect(proposal.payers.peoplePaidLastMonth).toBeGreaterThanOrEqual(15);
  });

  it("gives the final accounts of a closed year only", async () => {
    expect((await refusalOf(tax.staff.tax.finalAccounts({ year: 2026 }))).data).toMatchObject({
      domainCode: "TAX_RECORD_CONFLICT",
      reason: "YEAR_NOT_CLOSED",
    });
    const accounts = await tax.staff.tax.finalAccounts({ year: 2025 });
    const income = await tax.staff.tax.fundIncome({ from: "2025-01", to: "2025-12" });
    expect(accounts.totals).toEqual(income.total);
    expect(accounts.months).toEqual(income.months);
    expect(accounts.totals.collectedFen).toBeGreaterThan(0);
    expect(accounts.sharesBasisPoints.pooled).toBe(
      Math.round((accounts.totals.pooledFen * 10_000) / accounts.totals.collectedFen),
    );
  });
});
