import { TRPCError } from "@trpc/server";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieNames } from "../../access/actor-registry";
import { sessionIdFor } from "../../services/auth/session-token";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { createTestCaller, createTestClock } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = ReturnType<typeof createTestCaller>["caller"];

describe.each(testDatabaseKinds())("the insured's account on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  async function signedIn(account: { residentId: string; password: string }) {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    await caller.auth.citizenLogin(account);
    return caller;
  }

  async function ledgerOf(residentId: string) {
    const person = await seeded.database.prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: seeded.database.protector.residentIdIndex(residentId) },
      include: { account: { include: { ledgerEntries: true } } },
    });
    return { ...person, ledgerEntries: person.account?.ledgerEntries ?? [] };
  }

  it("shows an active account with the balance that its ledger adds up to", async () => {
    const caller = await signedIn(seeded.demo.activeInsured);
    const summary = await caller.citizen.accountSummary();
    const person = await ledgerOf(seeded.demo.activeInsured.residentId);
    const ledgerSum = person.ledgerEntries.reduce((sum, entry) => sum + entry.amountFen, 0);

    expect(summary.status).toBe("ACTIVE");
    expect(summary.sealedSince).toBeNull();
    expect(summary.balanceFen).toBeGreaterThan(0);
    expect(summary.balanceFen).toBe(ledgerSum);
    expect(summary.maskedResidentId).not.toContain(
      seeded.demo.activeInsured.residentId.slice(6, 14),
    );
    expect(summary.name).toBe(seeded.demo.activeInsured.name);
  });

  it("shows a sealed account, the month it was sealed, and keeps its money", async () => {
    const caller = await signedIn(seeded.demo.sealedInsured);
    const summary = await caller.citizen.accountSummary();
    expect(summary.status).toBe("SEALED");
    expect(summary.sealedSince).toMatch(/^\d{4}-\d{2}$/);
    expect(summary.lastPaidMonth).toMatch(/^\d{4}-\d{2}$/);
    // Sealed from the month after contributions stop: two months after the last paid month.
    const [year, month] = (summary.lastPaidMonth ?? "").split("-").map(Number);
    const sealed = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1 + 2, 1)).toISOString().slice(0, 7);
    expect(summary.sealedSince).toBe(sealed);
    expect(summary.balanceFen).toBeGreaterThan(0);
  });

  it("lists the person's own transactions, newest first, with the balance after each", async () => {
    const caller = await signedIn(seeded.demo.activeInsured);
    const { entries } = await caller.citizen.recentTransactions({ limit: 5 });
    expect(entries).toHaveLength(5);
    const times = entries.map((entry) => Date.parse(entry.postedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const summary = await caller.citizen.accountSummary();
    expect(entries[0]?.balanceAfterFen).toBe(summary.balanceFen);

    const person = await ledgerOf(seeded.demo.activeInsured.residentId);
    const own = new Set(person.ledgerEntries.map((entry) => entry.id));
    for (const entry of entries) expect(own.has(entry.id)).toBe(true);
  });

  it("refuses a limit outside 1–50 without touching anything", async () => {
    const caller = await signedIn(seeded.demo.activeInsured);
    for (const limit of [0, 51, 2.5, -1]) {
      await expect(caller.citizen.recentTransactions({ limit })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
  });

  it("remembers elder mode for the person", async () => {
    const caller = await signedIn(seeded.demo.activeInsured);
    await caller.citizen.setElderMode({ enabled: true });
    expect((await caller.citizen.session())?.elderMode).toBe(true);
    const again = await signedIn(seeded.demo.activeInsured);
    expect((await again.citizen.session())?.elderMode).toBe(true);
    await again.citizen.setElderMode({ enabled: false });
    expect((await caller.citizen.session())?.elderMode).toBe(false);
  });

  // The two reads of the home page resolve the session in their own statement (one round trip,
  // docs/benchmarks.md): the same rules as every other procedure, checked here on both.
  const homePageReads = {
    accountSummary: (caller: Caller) => caller.citizen.accountSummary(),
    recentTransactions: (caller: Caller) => caller.citizen.recentTransactions({ limit: 20 }),
  };

  async function codeOf(read: Promise<unknown>): Promise<string> {
    const failure = await read.then(
      () => "answered",
      (error: unknown) => (error instanceof TRPCError ? error.code : String(error)),
    );
    return failure;
  }

  describe.each(Object.entries(homePageReads))("%s", (_name, read) => {
    it("refuses a session idle for 30 minutes, and keeps one alive that is used", async () => {
      const { cookies } = await callerWithSession(
        seeded.database,
        seeded.demo.activeInsured,
        testNow,
      );
      const clock = createTestClock(testNow);
      const { caller } = createTestCaller(seeded.database, { now: clock.now, cookies });
      clock.advanceMinutes(20);
      await read(caller);
      // 40 minutes after signing in, 20 after the last read: still open.
      clock.advanceMinutes(20);
      await read(caller);
      clock.advanceMinutes(31);
      expect(await codeOf(read(caller))).toBe("UNAUTHORIZED");
    });

    it("writes the session's activity at most once a minute, and never lets it lapse early by more", async () => {
      const { cookies } = await callerWithSession(
        seeded.database,
        seeded.demo.activeInsured,
        testNow,
      );
      const id = sessionIdFor(cookies.get(sessionCookieNames.CITIZEN) ?? "");
      const sessionRow = () => seeded.database.prisma.session.findUniqueOrThrow({ where: { id } });
      const clock = createTestClock(testNow);
      const { caller } = createTestCaller(seeded.database, { now: clock.now, cookies });

      clock.advanceMinutes(5);
      await read(caller);
      const touched = await sessionRow();
      expect(touched.lastSeenAt.getTime()).toBe(clock.now().getTime());
      expect(touched.idleExpiresAt.getTime()).toBe(clock.now().getTime() + 30 * 60_000);

      // 30 seconds later: the deadline would move by less than a minute, so nothing is written.
      clock.advanceMinutes(0.5);
      await read(caller);
      expect(await sessionRow()).toEqual(touched);

      // A minute and a half after the write: it moves again.
      clock.advanceMinutes(1);
      await read(caller);
      const moved = await sessionRow();
      expect(moved.lastSeenAt.getTime()).toBe(clock.now().getTime());
      expect(moved.idleExpiresAt.getTime()).toBe(clock.now().getTime() + 30 * 60_000);
    });

    it("refuses a session whose stage does not open the account (a password to change first)", async () => {
      const { caller, cookies } = await callerWithSession(
        seeded.database,
        seeded.demo.activeInsured,
        testNow,
      );
      const token = cookies.get(sessionCookieNames.CITIZEN) ?? "";
      await seeded.database.prisma.session.update({
        where: { id: sessionIdFor(token) },
        data: { stage: "PASSWORD_CHANGE" },
      });
      expect(await codeOf(read(caller))).toBe("FORBIDDEN");
    });

    it("opens nothing with a staff session's cookie in the citizen's place", async () => {
      const staff = await callerWithSession(
        seeded.database,
        seeded.demo.servicePointClerk,
        testNow,
      );
      const { caller, cookies } = createTestCaller(seeded.database, { now: () => testNow });
      cookies.set(sessionCookieNames.CITIZEN, staff.cookies.get(sessionCookieNames.STAFF) ?? "");
      expect(await codeOf(read(caller))).toBe("UNAUTHORIZED");
    });
  });

  it("opens nothing without a session", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const failure = await caller.citizen.accountSummary().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCError);
    expect((failure as TRPCError).code).toBe("UNAUTHORIZED");
    expect(await caller.citizen.session()).toBeNull();
  });
});
