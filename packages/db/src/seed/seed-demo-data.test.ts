import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing";
import { demoAccounts, demoTotpSecret } from "./demo-accounts";
import { seedDemoData } from "./seed-demo-data";

const now = new Date("2026-11-20T09:00:00+08:00");

/** Every row the seed writes, in a stable order, to compare two runs. */
async function snapshot(prisma: PrismaClient) {
  return {
    calendar: await prisma.workingCalendarDay.findMany({ orderBy: { date: "asc" } }),
    servicePoints: await prisma.servicePoint.findMany({ orderBy: { code: "asc" } }),
    staff: await prisma.staffUser.findMany({ orderBy: { username: "asc" } }),
    people: await prisma.person.findMany({ orderBy: { residentIdIndex: "asc" } }),
    credentials: await prisma.citizenCredential.findMany({ orderBy: { personId: "asc" } }),
    accounts: await prisma.account.findMany({ orderBy: { personId: "asc" } }),
    contributions: await prisma.contribution.findMany({ orderBy: { id: "asc" } }),
    ledger: await prisma.ledgerEntry.findMany({ orderBy: { id: "asc" } }),
  };
}

async function accountOf(prisma: PrismaClient, residentId: string) {
  const person = await prisma.person.findUniqueOrThrow({
    where: { residentIdIndex: test.database.protector.residentIdIndex(residentId) },
    include: {
      account: { include: { ledgerEntries: { orderBy: [{ postedAt: "asc" }] } } },
      contributions: { orderBy: { month: "asc" } },
    },
  });
  if (!person.account) throw new Error(`${residentId} has no account`);
  return { ...person.account, contributions: person.contributions };
}

let test: TestDatabase;

describe.each(testDatabaseKinds())("seedDemoData() on %s", (kind) => {
  let prisma: PrismaClient;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    prisma = test.database.prisma;
    await seedDemoData(test.database, { now });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("changes nothing when run a second time", async () => {
    const first = await snapshot(prisma);
    await seedDemoData(test.database, { now });
    expect(await snapshot(prisma)).toEqual(first);
  });

  it("keeps the active insured's balance equal to the sum of the ledger", async () => {
    const account = await accountOf(prisma, demoAccounts.activeInsured.residentId);
    const sum = account.ledgerEntries.reduce((total, entry) => total + entry.amountFen, 0);
    expect(account.balanceFen).toBe(sum);
    expect(account.ledgerEntries.at(-1)?.balanceAfterFen).toBe(sum);
    expect(account.balanceFen).toBeGreaterThanOrEqual(300_000);
    expect(account.balanceFen).toBeLessThanOrEqual(700_000);
    let running = 0;
    for (const entry of account.ledgerEntries) {
      running += entry.amountFen;
      expect(entry.balanceAfterFen).toBe(running);
    }
  });

  it("gives the active insured 40 months of contributions up to last month", async () => {
    const { contributions } = await accountOf(prisma, demoAccounts.activeInsured.residentId);
    expect(contributions).toHaveLength(40);
    expect(contributions[0]?.month).toBe("2023-07");
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

  it("is refused in production, whatever the letter case", async () => {
    for (const nodeEnv of ["production", "Production", " PRODUCTION "]) {
      await expect(seedDemoData(test.database, { now, nodeEnv })).rejects.toThrow(
        /NODE_ENV=production/,
      );
    }
  });

  it("enrols every demo staff account on the published TOTP secret, exempt from the first change", async () => {
    const staff = await prisma.staffUser.findMany();
    expect(staff.length).toBeGreaterThanOrEqual(6);
    for (const user of staff) {
      expect(user.demoAccount).toBe(true);
      expect(user.mustChangePassword).toBe(false);
      expect(test.database.protector.open(user.totpSecretSealed ?? "", "totp.secret")).toBe(
        demoTotpSecret,
      );
    }
  });

  it("stores no resident ID number or phone in plain text", async () => {
    const rows = JSON.stringify(await prisma.person.findMany());
    for (const person of [demoAccounts.activeInsured, demoAccounts.sealedInsured]) {
      expect(rows).not.toContain(person.residentId);
    }
    expect(rows).not.toContain(demoAccounts.unregisteredInsured.phone);
  });

  it("leaves one insured person without an online account, to register", async () => {
    const person = await prisma.person.findUniqueOrThrow({
      where: {
        residentIdIndex: test.database.protector.residentIdIndex(
          demoAccounts.unregisteredInsured.residentId,
        ),
      },
      include: { credential: true },
    });
    expect(person.credential).toBeNull();
    expect(test.database.protector.open(person.phoneSealed ?? "", "person.phone")).toBe(
      demoAccounts.unregisteredInsured.phone,
    );
  });
});
