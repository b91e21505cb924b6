import { TRPCError } from "@trpc/server";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieNames } from "../../context";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { createTestCaller, createTestClock } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

async function failureOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to be refused");
}

describe.each(testDatabaseKinds())("citizen login on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("signs in with ID number and password, sets the session cookie and shows the masked ID", async () => {
    const { activeInsured } = seeded.demo;
    const clock = createTestClock(testNow);
    const { caller, cookies } = createTestCaller(seeded.database, { now: clock.now });
    const profile = await caller.auth.citizenLogin({
      residentId: activeInsured.residentId,
      password: activeInsured.password,
    });
    expect(profile.name).toBe(activeInsured.name);
    expect(profile.maskedResidentId).toBe(
      `${activeInsured.residentId.slice(0, 6)}********${activeInsured.residentId.slice(14)}`,
    );
    expect(cookies.get(sessionCookieNames.CITIZEN)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await caller.citizen.session();
    expect(session?.name).toBe(activeInsured.name);
  });

  it("accepts a lower-case x and spaces around the number", async () => {
    const { activeInsured } = seeded.demo;
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const typed = ` ${activeInsured.residentId.toLowerCase()} `;
    await expect(
      caller.auth.citizenLogin({ residentId: typed, password: activeInsured.password }),
    ).resolves.toMatchObject({ name: activeInsured.name });
  });

  it("gives the same answer for an unknown ID number and a wrong password", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const unknown = await failureOf(
      // A well-formed ID number nobody in the county holds.
      caller.auth.citizenLogin({ residentId: "11010519491231002X", password: "Whatever@1" }),
    );
    const wrong = await failureOf(
      caller.auth.citizenLogin({
        residentId: seeded.demo.sealedInsured.residentId,
        password: "not-the-password",
      }),
    );
    expect(unknown.code).toBe("UNAUTHORIZED");
    expect(wrong.code).toBe(unknown.code);
    expect(wrong.message).toBe(unknown.message);
  });

  it("locks the account for 30 minutes after 5 wrong passwords, then lets the person in", async () => {
    const { sealedInsured } = seeded.demo;
    const clock = createTestClock(testNow);
    const { caller } = createTestCaller(seeded.database, { now: clock.now });
    const attempt = (password: string) =>
      caller.auth.citizenLogin({ residentId: sealedInsured.residentId, password });
    // A successful login clears any failures left by earlier tests.
    await attempt(sealedInsured.password);

    for (let i = 0; i < 4; i++) {
      expect((await failureOf(attempt("wrong-password"))).code).toBe("UNAUTHORIZED");
    }
    const fifth = await failureOf(attempt("wrong-password"));
    expect(fifth.code).toBe("TOO_MANY_REQUESTS");

    clock.advanceMinutes(29);
    const stillLocked = await failureOf(attempt(sealedInsured.password));
    expect(stillLocked.code).toBe("TOO_MANY_REQUESTS");

    clock.advanceMinutes(1);
    await expect(attempt(sealedInsured.password)).resolves.toMatchObject({
      name: sealedInsured.name,
    });
  });

  it("ends the session at logout: the cookie no longer opens the account", async () => {
    const { activeInsured } = seeded.demo;
    const { caller, cookies } = createTestCaller(seeded.database, { now: () => testNow });
    await caller.auth.citizenLogin(activeInsured);
    const token = cookies.get(sessionCookieNames.CITIZEN);
    await caller.auth.citizenLogout();
    expect(cookies.get(sessionCookieNames.CITIZEN)).toBeUndefined();
    expect(await caller.citizen.session()).toBeNull();

    // The old cookie, replayed by someone who copied it, opens nothing.
    const replay = createTestCaller(seeded.database, { now: () => testNow });
    replay.cookies.set(sessionCookieNames.CITIZEN, token ?? "");
    expect((await failureOf(replay.caller.citizen.accountSummary())).code).toBe("UNAUTHORIZED");
  });

  it("leaves the browser's session alone when another login in it fails", async () => {
    const { caller, cookies } = createTestCaller(seeded.database, { now: () => testNow });
    await caller.auth.citizenLogin(seeded.demo.activeInsured);
    const token = cookies.get(sessionCookieNames.CITIZEN);
    const failure = await failureOf(
      caller.auth.citizenLogin({ residentId: seeded.demo.activeInsured.residentId, password: "x" }),
    );
    expect(failure.code).toBe("UNAUTHORIZED");
    expect(cookies.get(sessionCookieNames.CITIZEN)).toBe(token);
    await expect(caller.citizen.accountSummary()).resolves.toMatchObject({
      name: seeded.demo.activeInsured.name,
    });
  });

  it("ends a session left idle for 30 minutes", async () => {
    const clock = createTestClock(testNow);
    const { caller } = createTestCaller(seeded.database, { now: clock.now });
    await caller.auth.citizenLogin(seeded.demo.activeInsured);
    clock.advanceMinutes(29);
    await expect(caller.citizen.accountSummary()).resolves.toBeDefined();
    clock.advanceMinutes(29);
    await expect(caller.citizen.accountSummary()).resolves.toBeDefined();
    clock.advanceMinutes(31);
    expect((await failureOf(caller.citizen.accountSummary())).code).toBe("UNAUTHORIZED");
  });

  it("refuses a malformed ID number with its reason and records nothing", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const before = await seeded.database.prisma.auditEvent.count();
    const valid = seeded.demo.activeInsured.residentId;
    const lastChar = valid.at(-1) === "1" ? "2" : "1";
    const failure = await failureOf(
      caller.auth.citizenLogin({ residentId: `${valid.slice(0, 17)}${lastChar}`, password: "x" }),
    );
    expect(failure.code).toBe("BAD_REQUEST");
    expect(failure.message).not.toContain(valid.slice(6, 14));
    expect(await seeded.database.prisma.auditEvent.count()).toBe(before);
  });
});
