import { testDatabaseKinds } from "@yibao/db/testing";
import { verificationPolicy } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestCodeSentTo, readOutbox } from "../../testing/read-outbox";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { createTestCaller, createTestClock } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

/**
 * A clock in hour `hour` after testNow. Each test starts its codes in an hour of its own, so the
 * limits on codes per person and per address (a few an hour) never answer for the test's subject.
 */
const hourClock = (hour: number) => createTestClock(new Date(testNow.getTime() + hour * 3_600_000));

/** Another 6-digit code than `code`. */
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

/** 李秀兰 in the demo county (packages/db/src/seed/demo-county.ts): born 1968-03-12. */
const liXiulan = {
  residentId: "530125196803120027",
  name: "李秀兰",
  phone: "13988120417",
  password: "Yibao@2026",
};

describe.each(testDatabaseKinds())("registration and password recovery on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const callerAt = (clock: { now: () => Date }, clientAddress?: string) =>
    createTestCaller(seeded.database, {
      now: clock.now,
      ...(clientAddress ? { clientAddress } : {}),
    });

  const zhangWei = () => seeded.demo.unregisteredInsured;
  const outboxSize = () => seeded.database.prisma.outboundMessage.count();

  describe("registration", () => {
    let registeredWithCode: string;

    it("refuses every code once 5 wrong ones were tried, even the right one", async () => {
      const clock = hourClock(1);
      const { caller } = callerAt(clock);
      const { challengeId } = await caller.auth.citizenRegistration.start(zhangWei());
      const code = await latestCodeSentTo(seeded.database, zhangWei().phone);
      for (let i = 0; i < verificationPolicy.maxTries; i++) {
        const refused = await refusalOf(
          caller.auth.citizenRegistration.complete({
            challengeId,
            code: otherCode(code),
            password: "Qz7!yunxi-river",
          }),
        );
        expect(refused.data.domainCode).toBe("VERIFICATION_FAILED");
      }
      const right = await refusalOf(
        caller.auth.citizenRegistration.complete({
          challengeId,
          code,
          password: "Qz7!yunxi-river",
        }),
      );
      expect(right.data.domainCode).toBe("VERIFICATION_FAILED");
      expect(await caller.citizen.session()).toBeNull();
    });

    it("refuses a code once its 5 minutes are over", async () => {
      const clock = hourClock(2);
      const { caller } = callerAt(clock);
      const { challengeId } = await caller.auth.citizenRegistration.start(zhangWei());
      const code = await latestCodeSentTo(seeded.database, zhangWei().phone);
      clock.advanceMinutes(verificationPolicy.validMinutes);
      const refused = await refusalOf(
        caller.auth.citizenRegistration.complete({
          challengeId,
          code,
          password: "Qz7!yunxi-river",
        }),
      );
      expect(refused.data.domainCode).toBe("VERIFICATION_FAILED");
    });

    it("answers details that match nobody like details that match, and sends no text", async () => {
      const clock = hourClock(3);
      const { caller } = callerAt(clock);
      const person = zhangWei();
      const answers = [];
      const sentBefore = await outboxSize();
      for (const details of [
        { ...person, name: "张卫" },
        { ...person, phone: "15087341297" },
        { residentId: "11010519491231002X", name: person.name, phone: person.phone },
      ]) {
        answers.push(await caller.auth.citizenRegistration.start(details));
        // A code may be asked for once a minute per ID number.
        clock.advanceSeconds(61);
      }
      expect(await outboxSize()).toBe(sentBefore);

      const matching = await caller.auth.citizenRegistration.start(person);
      expect(await outboxSize()).toBe(sentBefore + 1);
      for (const answer of answers) {
        expect(Object.keys(answer).sort()).toEqual(Object.keys(matching).sort());
        expect(answer.resendAfterSeconds).toBe(matching.resendAfterSeconds);
        expect(answer.challengeId).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it("registers 张伟 with the code sent to his phone and signs him in", async () => {
      const clock = hourClock(4);
      const { caller } = callerAt(clock);
      const { challengeId } = await caller.auth.citizenRegistration.start(zhangWei());
      registeredWithCode = await latestCodeSentTo(seeded.database, zhangWei().phone);
      const profile = await caller.auth.citizenRegistration.complete({
        challengeId,
        code: registeredWithCode,
        password: "Qz7!yunxi-river",
      });
      expect(profile).toMatchObject({ name: zhangWei().name, stage: "FULL" });
      expect((await caller.citizen.session())?.name).toBe(zhangWei().name);

      const elsewhere = callerAt(clock, "198.51.100.7");
      await expect(
        elsewhere.caller.auth.citizenLogin({
          residentId: zhangWei().residentId,
          password: "Qz7!yunxi-river",
        }),
      ).resolves.toMatchObject({ name: zhangWei().name });
    });

    it("keeps the code out of the audit trail and the outbox: only sealed", async () => {
      // The code is in the outbox, sealed: the phone opens it (so the search below is not empty).
      expect(registeredWithCode).toMatch(/^\d{6}$/);
      const sealedRows = await seeded.database.prisma.$queryRaw<{ row: string }[]>`
        SELECT (to_jsonb(a) - 'hash' - 'prev_hash')::text AS row FROM audit_event a
        UNION ALL SELECT to_jsonb(m)::text FROM outbound_message m
        UNION ALL SELECT to_jsonb(c)::text FROM verification_challenge c`;
      expect(sealedRows.length).toBeGreaterThan(0);
      // Standing alone, not as six characters inside a longer token (a uuid, a sealed value).
      const plain = new RegExp(`(?<![0-9A-Za-z])${registeredWithCode}(?![0-9A-Za-z])`);
      expect(sealedRows.filter(({ row }) => plain.test(row))).toEqual([]);
    });

    it("texts an already registered person that she is, and her challenge never succeeds", async () => {
      const clock = hourClock(5);
      const { caller } = callerAt(clock);
      const sentBefore = await outboxSize();
      const answer = await caller.auth.citizenRegistration.start(liXiulan);
      expect(await outboxSize()).toBe(sentBefore + 1);
      const [text] = await readOutbox(seeded.database, liXiulan.phone);
      expect(text?.templateId).toBe("ALREADY_REGISTERED");
      expect(text?.params).toEqual({});

      // No person stands behind the challenge: no code, whatever it is, can complete it.
      const challenge = await seeded.database.prisma.verificationChallenge.findUniqueOrThrow({
        where: { id: answer.challengeId },
      });
      expect(challenge.personId).toBeNull();
      for (const code of ["000000", "123456"]) {
        const refused = await refusalOf(
          caller.auth.citizenRegistration.complete({
            challengeId: answer.challengeId,
            code,
            password: "Qz7!yunxi-river",
          }),
        );
        expect(refused.data.domainCode).toBe("VERIFICATION_FAILED");
      }
    });
  });

  describe("password recovery", () => {
    const newPassword = "Lx8#riverside";
    const laterPassword = "Lx9#mountains";

    it("sets a new password, ends her other sessions and lifts her locks", async () => {
      const clock = hourClock(6);
      const phone = callerAt(clock, "198.51.100.30");
      await phone.caller.auth.citizenLogin(liXiulan);
      expect(await phone.caller.citizen.session()).not.toBeNull();

      const attacker = "203.0.113.66";
      for (let i = 0; i < 5; i++) {
        await refusalOf(
          callerAt(clock, attacker).caller.auth.citizenLogin({
            residentId: liXiulan.residentId,
            password: `wrong-${i}`,
          }),
        );
      }
      const locked = await refusalOf(callerAt(clock, attacker).caller.auth.citizenLogin(liXiulan));
      expect(locked.data.domainCode).toBe("ACCOUNT_LOCKED");

      const browser = callerAt(clock);
      const { challengeId } = await browser.caller.auth.citizenPasswordReset.start(liXiulan);
      const code = await latestCodeSentTo(seeded.database, liXiulan.phone);
      clock.advanceSeconds(30); // she types the code in
      await expect(
        browser.caller.auth.citizenPasswordReset.complete({
          challengeId,
          code,
          password: newPassword,
        }),
      ).resolves.toMatchObject({ name: liXiulan.name, stage: "FULL" });
      expect((await browser.caller.citizen.session())?.name).toBe(liXiulan.name);
      expect((await readOutbox(seeded.database, liXiulan.phone))[0]?.templateId).toBe(
        "PASSWORD_CHANGED",
      );

      // The session on her phone ended with the reset.
      expect(await phone.caller.citizen.session()).toBeNull();
      // The address that was locked out may sign in, with the new password only.
      const oldPassword = await refusalOf(
        callerAt(clock, attacker).caller.auth.citizenLogin(liXiulan),
      );
      expect(oldPassword.data.domainCode).toBe("INVALID_CREDENTIALS");
      await expect(
        callerAt(clock, attacker).caller.auth.citizenLogin({
          residentId: liXiulan.residentId,
          password: newPassword,
        }),
      ).resolves.toMatchObject({ name: liXiulan.name });
    });

    it("refuses password123, the ID number, the birth date and the current password, with their reasons", async () => {
      const clock = hourClock(7);
      const { caller } = callerAt(clock);
      const { challengeId } = await caller.auth.citizenPasswordReset.start(liXiulan);
      const code = await latestCodeSentTo(seeded.database, liXiulan.phone);
      const issuesOf = async (password: string) => {
        const refused = await refusalOf(
          caller.auth.citizenPasswordReset.complete({ challengeId, code, password }),
        );
        expect(refused.data.domainCode).toBe("PASSWORD_REJECTED");
        return refused.data.issues;
      };
      expect(await issuesOf("password123")).toContainEqual({ path: ["password"], code: "COMMON" });
      expect(await issuesOf(`Qz!${liXiulan.residentId}`)).toContainEqual({
        path: ["password"],
        code: "CONTAINS_ID",
      });
      expect(await issuesOf("Qz!19680312")).toEqual([
        { path: ["password"], code: "CONTAINS_BIRTH_DATE" },
      ]);
      expect(await issuesOf(newPassword)).toEqual([{ path: ["password"], code: "REUSED" }]);
      // The fifth and last try of the code, with a password that keeps the rule.
      await expect(
        caller.auth.citizenPasswordReset.complete({ challengeId, code, password: laterPassword }),
      ).resolves.toMatchObject({ name: liXiulan.name });
    });

    it("refuses any of the last five passwords when she changes hers", async () => {
      const clock = hourClock(8);
      const { caller } = callerAt(clock);
      await caller.auth.citizenLogin({ residentId: liXiulan.residentId, password: laterPassword });
      const refused = await refusalOf(
        caller.citizen.security.changePassword({
          currentPassword: laterPassword,
          newPassword,
        }),
      );
      expect(refused.data.domainCode).toBe("PASSWORD_REJECTED");
      expect(refused.data.issues).toEqual([{ path: ["newPassword"], code: "REUSED" }]);
    });
  });
});
