import { testDatabaseKinds } from "@yibao/db/testing";
import { loginLockoutPolicy } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOutbox } from "../../testing/read-outbox";
import { type Refusal, refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { demoStaffCode, signInStaff } from "../../testing/staff-sign-in";
import { createTestCaller, createTestClock } from "../../testing/test-caller";
import { formatChinaTime } from "../messages/format-china-time";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const minutes = (count: number) => count * 60_000;
const at = (offsetMs: number) => new Date(testNow.getTime() + offsetMs);

/** A well-formed resident ID number (valid check character) that nobody in the county holds. */
const unknownResidentId = "11010519491231002X";
/** 李秀兰's phone in the demo county (packages/db/src/seed/demo-county.ts). */
const activeInsuredPhone = "13988120417";

/** "SIGNED_IN", or the domain code a login was refused with. */
type Outcome = string;

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  const failed = await call.then(
    () => false,
    () => true,
  );
  return failed ? (await refusalOf(call)).data.domainCode : "SIGNED_IN";
}

describe.each(testDatabaseKinds())("the login throttle on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const personIdOf = async (residentId: string) =>
    (
      await seeded.database.prisma.person.findUniqueOrThrow({
        where: { residentIdIndex: seeded.database.protector.residentIdIndex(residentId) },
        select: { id: true },
      })
    ).id;

  const citizenLogin = (
    clientAddress: string,
    now: () => Date,
    input: { residentId: string; password: string; otp?: string },
  ) => createTestCaller(seeded.database, { now, clientAddress }).caller.auth.citizenLogin(input);

  describe("lockout per account and address", () => {
    const attacker = "203.0.113.9";
    const home = "198.51.100.20";
    const lockedAt = at(minutes(60));

    it("locks the account for the address that typed 5 wrong passwords, and texts the person", async () => {
      const { activeInsured } = seeded.demo;
      const before = (await readOutbox(seeded.database, activeInsuredPhone)).length;
      const answers: Refusal[] = [];
      for (let i = 0; i < loginLockoutPolicy.maxFailures; i++) {
        answers.push(
          await refusalOf(
            citizenLogin(attacker, () => lockedAt, {
              residentId: activeInsured.residentId,
              password: `wrong-password-${i}`,
            }),
          ),
        );
      }
      expect(answers.map((answer) => answer.data.domainCode)).toEqual([
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "ACCOUNT_LOCKED",
      ]);
      const lockedUntil = new Date(lockedAt.getTime() + minutes(loginLockoutPolicy.lockMinutes));
      expect(answers[4]?.data.lockedUntil).toBe(lockedUntil.toISOString());

      // The right password from that address is refused as well while the lock lasts.
      const right = await refusalOf(citizenLogin(attacker, () => lockedAt, activeInsured));
      expect(right.data.domainCode).toBe("ACCOUNT_LOCKED");

      const outbox = await readOutbox(seeded.database, activeInsuredPhone);
      const texts = outbox.slice(0, outbox.length - before);
      expect(texts.map((text) => text.templateId)).toEqual(["LOGIN_LOCKED"]);
      expect(texts[0]?.params).toEqual({ until: formatChinaTime(lockedUntil) });
    });

    it("lets the person sign in from another address at once while the attacker's is locked", async () => {
      const { activeInsured } = seeded.demo;
      await expect(citizenLogin(home, () => lockedAt, activeInsured)).resolves.toMatchObject({
        name: activeInsured.name,
      });
      // Signing in at home clears only the home address's count: the attacker stays locked out.
      const stillLocked = await refusalOf(citizenLogin(attacker, () => lockedAt, activeInsured));
      expect(stillLocked.data.domainCode).toBe("ACCOUNT_LOCKED");
    });

    it("lets the locked address sign in again once 30 minutes have passed", async () => {
      const { activeInsured } = seeded.demo;
      const clock = createTestClock(lockedAt);
      clock.advanceMinutes(loginLockoutPolicy.lockMinutes - 1);
      expect(
        (await refusalOf(citizenLogin(attacker, clock.now, activeInsured))).data.domainCode,
      ).toBe("ACCOUNT_LOCKED");
      clock.advanceMinutes(1);
      await expect(citizenLogin(attacker, clock.now, activeInsured)).resolves.toMatchObject({
        name: activeInsured.name,
      });
    });

    it("lets a counter clerk lift the lock at once, texts the person and records it", async () => {
      const { activeInsured, servicePointClerk } = seeded.demo;
      const lockedAgainAt = at(minutes(120));
      for (let i = 0; i < loginLockoutPolicy.maxFailures; i++) {
        await refusalOf(
          citizenLogin(attacker, () => lockedAgainAt, {
            residentId: activeInsured.residentId,
            password: `wrong-again-${i}`,
          }),
        );
      }
      expect(
        (await refusalOf(citizenLogin(attacker, () => lockedAgainAt, activeInsured))).data
          .domainCode,
      ).toBe("ACCOUNT_LOCKED");

      // The clerk's clock runs a minute on, so the outbox's newest text is the clerk's.
      const clerk = await signInStaff(seeded.database, servicePointClerk, {
        clock: createTestClock(at(minutes(121))),
      });
      await expect(
        clerk.caller.staff.citizenAccounts.unlock({
          residentId: activeInsured.residentId,
          documentChecked: true,
        }),
      ).resolves.toEqual({ unlocked: true });

      await expect(
        citizenLogin(attacker, () => lockedAgainAt, activeInsured),
      ).resolves.toMatchObject({ name: activeInsured.name });
      const [latest] = await readOutbox(seeded.database, activeInsuredPhone);
      expect(latest?.templateId).toBe("LOGIN_UNLOCKED");
      const entry = await seeded.database.prisma.auditEvent.findFirst({
        where: { action: "citizen-login.unlocked" },
        orderBy: { seq: "desc" },
      });
      const clerkUser = await seeded.database.prisma.staffUser.findUniqueOrThrow({
        where: { username: servicePointClerk.username },
      });
      expect(entry).toMatchObject({
        actorKind: "STAFF",
        actorId: clerkUser.id,
        actorRole: "SERVICE_POINT_CLERK",
        subjectPersonId: await personIdOf(activeInsured.residentId),
        result: "SUCCEEDED",
      });
      expect(entry?.detail).toMatchObject({ documentChecked: true, locksLifted: 1 });
    });

    it("answers an unknown ID number exactly as a real account with wrong passwords, attempt by attempt", async () => {
      const address = "203.0.113.50";
      const now = () => at(minutes(180));
      const real: Refusal[] = [];
      const unknown: Refusal[] = [];
      for (let i = 0; i <= loginLockoutPolicy.maxFailures; i++) {
        real.push(
          await refusalOf(
            citizenLogin(address, now, {
              residentId: seeded.demo.activeInsured.residentId,
              password: `not-her-password-${i}`,
            }),
          ),
        );
        unknown.push(
          await refusalOf(
            citizenLogin(address, now, { residentId: unknownResidentId, password: `guess-${i}` }),
          ),
        );
      }
      expect(real.map((answer) => answer.data.domainCode)).toEqual([
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "INVALID_CREDENTIALS",
        "ACCOUNT_LOCKED",
        "ACCOUNT_LOCKED",
      ]);
      // Code, message and every data key and value: nothing tells the two apart.
      expect(unknown).toEqual(real);
    });
  });

  // PGlite is one connection in this process: its queries run one after another, so there is no
  // concurrency to race. The race runs on PostgreSQL only.
  describe.skipIf(kind === "pglite")("50 concurrent attempts at one citizen account", () => {
    const address = "192.0.2.77";
    const rightIndex = 15; // the 16th attempt carries the right password
    let outcomes: Outcome[];
    let personId: string;
    let checks: number;

    beforeAll(async () => {
      const { sealedInsured } = seeded.demo;
      personId = await personIdOf(sealedInsured.residentId);
      const start = at(minutes(24 * 60));
      // Three one-minute rate-limit windows: at most 17 attempts fall in any of them, under the
      // 20 per minute allowed per address, so the login throttle answers, not the rate limit.
      outcomes = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const now = new Date(start.getTime() + (i % 3) * 60_000);
          return outcomeOf(
            citizenLogin(address, () => now, {
              residentId: sealedInsured.residentId,
              password: i === rightIndex ? sealedInsured.password : `wrong-password-${i}`,
            }),
          );
        }),
      );
      const entries = await seeded.database.prisma.auditEvent.findMany({
        where: {
          actorId: personId,
          clientAddress: address,
          action: { in: ["auth.login", "auth.login-locked"] },
        },
      });
      checks = entries.filter(
        (entry) =>
          entry.result === "SUCCEEDED" ||
          (entry.detail as { reason?: string } | null)?.reason === "WRONG_PASSWORD",
      ).length;
    });

    it("checks at most 5 passwords, however many attempts arrive at once", () => {
      expect(checks).toBeLessThanOrEqual(loginLockoutPolicy.maxFailures);
      const checkedAnswers = outcomes.filter(
        (outcome) => outcome === "INVALID_CREDENTIALS" || outcome === "SIGNED_IN",
      );
      expect(checkedAnswers.length).toBeLessThanOrEqual(loginLockoutPolicy.maxFailures);
    });

    it("refuses every attempt beyond those with ACCOUNT_LOCKED or RATE_LIMITED", () => {
      const others = outcomes.filter(
        (outcome) => outcome !== "INVALID_CREDENTIALS" && outcome !== "SIGNED_IN",
      );
      expect(others.length).toBeGreaterThanOrEqual(50 - loginLockoutPolicy.maxFailures);
      expect(new Set(others)).toEqual(new Set(["ACCOUNT_LOCKED"]));
    });

    it("gives the right password a session only as one of those checks, never during the lock", async () => {
      const right = outcomes[rightIndex];
      expect(["SIGNED_IN", "ACCOUNT_LOCKED"]).toContain(right);
      const sessions = await seeded.database.prisma.session.count({ where: { personId } });
      expect(sessions).toBe(right === "SIGNED_IN" ? 1 : 0);
      // Whatever the order, the lock holds at the end: the right password is refused now.
      const after = at(minutes(24 * 60 + 3));
      expect(
        (await refusalOf(citizenLogin(address, () => after, seeded.demo.sealedInsured))).data
          .domainCode,
      ).toBe("ACCOUNT_LOCKED");
    });

    it("tells the person of the lock by one text, not one per refused attempt", async () => {
      const texts = await readOutbox(seeded.database, "13608870562");
      expect(texts.filter((text) => text.templateId === "LOGIN_LOCKED")).toHaveLength(1);
    });
  });

  describe.skipIf(kind === "pglite")("50 concurrent attempts at one staff account", () => {
    const address = "192.0.2.88";
    const rightIndex = 15;
    let outcomes: Outcome[];
    let staffUserId: string;

    beforeAll(async () => {
      const { otherServicePointClerk } = seeded.demo;
      staffUserId = (
        await seeded.database.prisma.staffUser.findUniqueOrThrow({
          where: { username: otherServicePointClerk.username },
        })
      ).id;
      const start = at(minutes(26 * 60));
      outcomes = await Promise.all(
        Array.from({ length: 50 }, async (_, i) => {
          const now = new Date(start.getTime() + (i % 3) * 60_000);
          const { caller } = createTestCaller(seeded.database, {
            now: () => now,
            clientAddress: address,
          });
          return outcomeOf(
            caller.auth.staffLogin({
              username: otherServicePointClerk.username,
              password: i === rightIndex ? otherServicePointClerk.password : `wrong-password-${i}`,
              otp: await demoStaffCode(now),
            }),
          );
        }),
      );
    });

    it("checks at most 5 passwords and refuses the rest with ACCOUNT_LOCKED", async () => {
      const entries = await seeded.database.prisma.auditEvent.findMany({
        where: {
          actorId: staffUserId,
          clientAddress: address,
          action: { in: ["auth.login", "auth.login-locked"] },
        },
      });
      const checks = entries.filter(
        (entry) =>
          entry.result === "SUCCEEDED" ||
          (entry.detail as { reason?: string } | null)?.reason === "WRONG_PASSWORD",
      );
      expect(checks.length).toBeLessThanOrEqual(loginLockoutPolicy.maxFailures);
      const others = outcomes.filter(
        (outcome) => outcome !== "INVALID_CREDENTIALS" && outcome !== "SIGNED_IN",
      );
      expect(others.length).toBeGreaterThanOrEqual(50 - loginLockoutPolicy.maxFailures);
      expect(new Set(others)).toEqual(new Set(["ACCOUNT_LOCKED"]));
    });

    it("gives the right password a session only as one of those checks", async () => {
      const right = outcomes[rightIndex];
      expect(["SIGNED_IN", "ACCOUNT_LOCKED"]).toContain(right);
      const sessions = await seeded.database.prisma.session.count({ where: { staffUserId } });
      expect(sessions).toBe(right === "SIGNED_IN" ? 1 : 0);
    });
  });
});
