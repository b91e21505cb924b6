import { LedgerEntryKind } from "@yibao/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { ledgerEntryKinds } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../errors";
import { postLedgerEntry } from "./post-ledger-entry";

const now = new Date("2026-11-25T02:00:00.000Z");

describe("the Prisma enum of ledger entries", () => {
  it("lists the same kinds as the domain", () => {
    expect(Object.values(LedgerEntryKind)).toEqual([...ledgerEntryKinds]);
  });
});

describe.each(testDatabaseKinds())("postLedgerEntry() on %s", (kind) => {
  let test: TestDatabase;
  let people = 0;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await test?.drop();
  });

  /** A person with an account, paid up to `lastPaid` (none: never paid). */
  async function account(lastPaid: string | null) {
    people += 1;
    const { prisma, protector } = test.database;
    const residentId = `person-${people}`;
    const person = await prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: `账户${people}`,
        sex: "F",
        birthDate: new Date("1980-01-01T00:00:00Z"),
        account: { create: { openedOn: new Date("2020-01-01T00:00:00Z") } },
        ...(lastPaid
          ? {
              contributions: {
                create: {
                  month: lastPaid,
                  totalFen: 86_000,
                  personalAccountFen: 17_200,
                  collectedAt: now,
                },
              },
            }
          : {}),
      },
    });
    return person.id;
  }

  const post = (personId: string, posting: Partial<Parameters<typeof postLedgerEntry>[1]>) =>
    test.database.prisma.$transaction((tx) =>
      postLedgerEntry(tx, {
        personId,
        kind: "CONTRIBUTION_CREDIT",
        amountFen: 17_200,
        idempotencyKey: `key-${Math.random()}`,
        postedAt: now,
        contributionMonth: "2026-10",
        ...posting,
      }),
    );

  async function stateOf(personId: string) {
    const { prisma } = test.database;
    const [account, entries] = await Promise.all([
      prisma.account.findUniqueOrThrow({ where: { personId } }),
      prisma.ledgerEntry.findMany({ where: { personId }, orderBy: { postedAt: "asc" } }),
    ]);
    return {
      balanceFen: account.balanceFen,
      sumFen: entries.reduce((sum, entry) => sum + entry.amountFen, 0),
      entries: entries.length,
    };
  }

  it("applies a key once: the second posting returns the first entry and changes nothing", async () => {
    const personId = await account("2026-10");
    const first = await post(personId, { idempotencyKey: "contribution:x:2026-10" });
    const second = await post(personId, { idempotencyKey: "contribution:x:2026-10" });
    expect(first.applied).toBe(true);
    expect(second).toEqual({ ...first, applied: false });
    expect(await stateOf(personId)).toEqual({ balanceFen: 17_200, sumFen: 17_200, entries: 1 });
  });

  it("applies the same key once when it arrives many times at once", async () => {
    const personId = await account("2026-10");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => post(personId, { idempotencyKey: `same:${personId}` })),
    );
    const applied = results.filter((r) => r.status === "fulfilled" && r.value.applied);
    expect(applied).toHaveLength(1);
    expect(await stateOf(personId)).toMatchObject({ balanceFen: 17_200, entries: 1 });
  });

  it("refuses to take the account below zero, and writes nothing", async () => {
    const personId = await account("2026-10");
    await post(personId, {});
    await expect(
      post(personId, {
        kind: "REVERSAL",
        amountFen: -17_201,
        contributionMonth: null,
        reversesEntryId: null,
      }),
    ).rejects.toThrow(RangeError);
    expect(await stateOf(personId)).toEqual({ balanceFen: 17_200, sumFen: 17_200, entries: 1 });
  });

  it("refuses a debit while the account is sealed, unless the county lets it pay", async () => {
    const { prisma } = test.database;
    const personId = await account("2026-05");
    await post(personId, { contributionMonth: "2026-05" });
    const institution = await prisma.designatedInstitution.create({
      data: { code: `P-${personId}`, name: "测试药房", kind: "PHARMACY", address: "测试路1号" },
    });
    const settlement = await prisma.settlement.create({
      data: {
        personId,
        institutionId: institution.id,
        terminalTransactionId: "T1",
        amountFen: 1_000,
        fromAccountFen: 1_000,
        selfPayFen: 0,
        settledAt: now,
      },
    });
    const debit = {
      kind: "SETTLEMENT_DEBIT" as const,
      amountFen: -1_000,
      contributionMonth: null,
      settlementId: settlement.id,
      institutionId: institution.id,
      idempotencyKey: `settlement:${settlement.id}`,
    };
    const refused = await post(personId, debit).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: "ACCOUNT_SEALED", detail: { sealedSince: "2026-07" } });
    expect(await stateOf(personId)).toMatchObject({ balanceFen: 17_200, entries: 1 });

    const allowed = await post(personId, { ...debit, sealedAccountMayPay: true });
    expect(allowed).toMatchObject({ applied: true, balanceAfterFen: 16_200 });
  });

  it("keeps every entry: the database refuses to edit or delete one", async () => {
    const personId = await account("2026-10");
    const { id } = await post(personId, {});
    const { prisma } = test.database;
    await expect(
      prisma.ledgerEntry.update({ where: { id }, data: { amountFen: 99_999 } }),
    ).rejects.toThrow();
    await expect(prisma.ledgerEntry.delete({ where: { id } })).rejects.toThrow();
    expect(await stateOf(personId)).toEqual({ balanceFen: 17_200, sumFen: 17_200, entries: 1 });
  });

  it("reverses an entry once: a second reversal of the same entry is refused by the database", async () => {
    const personId = await account("2026-10");
    await post(personId, {});
    const credit = await post(personId, {});
    const reversal = {
      kind: "REVERSAL" as const,
      amountFen: -17_200,
      contributionMonth: null,
      reversesEntryId: credit.id,
    };
    await post(personId, { ...reversal, idempotencyKey: `reversal:${credit.id}` });
    await expect(post(personId, { ...reversal, idempotencyKey: "another" })).rejects.toThrow();
    expect(await stateOf(personId)).toEqual({ balanceFen: 17_200, sumFen: 17_200, entries: 3 });
  });
});
