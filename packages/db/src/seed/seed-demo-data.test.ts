import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing";
import { demoAccounts } from "./demo-accounts";
import { seedDemoData } from "./seed-demo-data";

const now = new Date("2026-11-20T09:00:00+08:00");

/** Every row the seed writes, in a stable order, to compare two runs. */
async function snapshot(prisma: PrismaClient) {
  return {
    calendar: await prisma.workingCalendarDay.findMany({ orderBy: { date: "asc" } }),
    servicePoints: await prisma.servicePoint.findMany({ orderBy: { code: "asc" } }),
    staff: await prisma.staffUser.findMany({ orderBy: { username: "asc" } }),
    people: await prisma.person.findMany({ orderBy: { residentId: "asc" } }),
    credentials: await prisma.citizenCredential.findMany({ orderBy: { personId: "asc" } }),
    accounts: await prisma.account.findMany({ orderBy: { personId: "asc" } }),
    contributions: await prisma.contribution.findMany({ orderBy: { id: "asc" } }),
    ledger: await prisma.ledgerEntry.findMany({ orderBy: { id: "asc" } }),
  };
}

async function accountOf(prisma: PrismaClient, residentId: string) {
  const person = await prisma.person.findUniqueOrThrow({
    where: { residentId },
    include: {
      account: { include: { ledgerEntries: { orderBy: [{ postedAt: "asc" }] } } },
      contributions: { orderBy: { month: "asc" } },
    },
  });
  if (!person.account) throw new Error(`${residentId} has no account`);
  return { ...person.account, contributions: person.contributions };
}

describe.each(testDatabaseKinds())("seedDemoData() on %s", (kind) => {
  let test: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    prisma = test.database.prisma;
    await seedDemoData(prisma, { now });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("changes nothing when run a second time", async () => {
    const first = await snapshot(prisma);
    await seedDemoData(prisma, { now });
    expect(await snapshot(prisma)).toEqual(first);
  });

  it("keeps the active insured's balance equal to the sum of the ledger", async () => {
    const account = await accountOf(prisma, demoAccounts.activeInsured.residentId);
    const sum = account.ledgerEntries.reduce((total, entry) => total + entry.amountFen, 0);
    expect(account.balanceFen).toBe(sum);
    expect(account.ledgerEntries.at(-1)?.balanceAfterFen).toBe(sum);
    expect(account.balanceFen).toBeGreaterThanOrEqual(300_000);
    expect(account.balanceFen).toBeLessThanOrEqual(500_000);
    let running = 0;
    for (const entry of account.ledgerEntries) {
      running += entry.amountFen;
      expect(entry.balanceAfterFen).toBe(running);
    }
  });

  it("gives the active insured 24 months of contributions up to last month", async () => {
    const { contributions } = await accountOf(prisma, demoAccounts.activeInsured.residentId);
    expect(contributions).toHaveLength(24);
    expect(contributions[0]?.month).toBe("2024-11");
    expect(contributions.at(-1)?.month).toBe("2026-10");
  });

  it("stops the sealed insured's contributions six months ago and keeps the money", async () => {
    const account = await accountOf(prisma, demoAccounts.sealedInsured.residentId);
    expect(account.contributions.at(-1)?.month).toBe("2026-05");
    expect(account.balanceFen).toBeGreaterThan(0);
  });

  it("creates the demo staff at their service points", async () => {
    const clerk = await prisma.staffUser.findUniqueOrThrow({
      where: { username: demoAccounts.servicePointClerk.username },
      include: { servicePoint: true },
    });
    expect(clerk.servicePoint.code).toBe(demoAccounts.servicePointClerk.servicePointCode);
    expect(clerk.role).toBe("SERVICE_POINT_CLERK");
  });

  it("is refused in production", async () => {
    await expect(seedDemoData(prisma, { now, nodeEnv: "production" })).rejects.toThrow(
      /NODE_ENV=production/,
    );
  });
});
