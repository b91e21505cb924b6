import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

describe.each(testDatabaseKinds())("what the insured sees of their account on %s", (kind) => {
  let seeded: Seeded;
  let li: Caller;
  let wang: Caller;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    li = (await callerWithSession(seeded.database, { residentId: "530125196803120027" }, testNow))
      .caller;
    wang = (await callerWithSession(seeded.database, { residentId: "530125196209080018" }, testNow))
      .caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("keeps the balance equal to the sum of the ledger, for every demo account", async () => {
    const { prisma } = seeded.database;
    const accounts = await prisma.account.findMany();
    expect(accounts.length).toBeGreaterThan(3);
    for (const account of accounts) {
      const sum = await prisma.ledgerEntry.aggregate({
        where: { personId: account.personId },
        _sum: { amountFen: true },
      });
      expect(sum._sum.amountFen ?? 0).toBe(account.balanceFen);
    }
  });

  it("pages through the transactions, newest first, each entry once", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await li.citizen.account.transactions(cursor ? { cursor } : {});
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(
      await seeded.database.prisma.ledgerEntry.count({
        where: { account: { person: { name: "李秀兰" } } },
      }),
    );
  });

  it("filters by kind and by month, with the facts the app puts into words", async () => {
    const debits = await li.citizen.account.transactions({ kind: "SETTLEMENT_DEBIT" });
    expect(debits.items.length).toBeGreaterThan(5);
    expect(
      debits.items.every((item) => item.kind === "SETTLEMENT_DEBIT" && item.amountFen < 0),
    ).toBe(true);
    expect(debits.items.map((item) => item.institution?.name)).toContain("云溪县中医医院");

    const october = await li.citizen.account.transactions({ month: "2026-10" });
    expect(
      october.items.map((item) => [item.kind, item.contributionMonth, item.amountFen]),
    ).toEqual(expect.arrayContaining([["CONTRIBUTION_CREDIT", "2026-10", 17_200]]));
    expect(october.items.every((item) => item.postedAt >= "2026-09-30T16:00:00.000Z")).toBe(true);

    const refused = await refusalOf(li.citizen.account.transactions({ month: "2026-13" }));
    expect(refused.data.domainCode).toBe("VALIDATION_FAILED");
  });

  it("shows a year's contributions month by month, with the employer", async () => {
    const year = await li.citizen.account.contributions({ year: 2026 });
    expect(year.years).toEqual(expect.arrayContaining([2026, 2025, 2024, 2023]));
    expect(year.months[0]).toMatchObject({ month: "2026-11", paid: false });
    expect(year.months[1]).toMatchObject({
      month: "2026-10",
      paid: true,
      totalFen: 86_000,
      creditedFen: 17_200,
      employer: { creditCode: "91530125MA6K8Y2Q3B", name: "云溪县青山茶业有限公司" },
    });
    const sealed = await wang.citizen.account.contributions({});
    expect(sealed.months.filter((month) => month.paid).map((month) => month.month)).toEqual([
      "2026-05",
      "2026-04",
      "2026-03",
      "2026-02",
      "2026-01",
    ]);
  });

  it("answers 'will it run out?': growing for 李秀兰, a number of months for 王建国", async () => {
    const growing = await li.citizen.account.projection();
    expect(growing).toMatchObject({ outlook: "GROWING", monthsLeft: null });
    expect(growing.history).toHaveLength(12);
    expect(growing.history.at(-1)?.balanceFen).toBe((await li.citizen.accountSummary()).balanceFen);

    const lasts = await wang.citizen.account.projection();
    const balance = (await wang.citizen.accountSummary()).balanceFen;
    expect(lasts.outlook).toBe("LASTS");
    expect(lasts.averageMonthlyNetFen).toBeGreaterThan(0);
    expect(lasts.monthsLeft).toBe(Math.floor(balance / lasts.averageMonthlyNetFen));
    expect(lasts.projectedMonths[0]).toBe("2026-12");
  });

  it("tells the sealed person since when, and what the county lets a sealed account do", async () => {
    expect(await wang.citizen.accountSummary()).toMatchObject({
      status: "SEALED",
      sealedSince: "2026-07",
      lastPaidMonth: "2026-05",
      sealedAccountMayPay: false,
    });
  });
});
