import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { demoStaffCode, signInStaff } from "../../testing/staff-sign-in";
import { createTestCaller, createTestClock } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

/** The code an authenticator holding `secret` shows at `at` (RFC 6238, 30-second steps). */
const codeAt = (secret: string, at: Date) => demoStaffCode(at, secret);

/** Another 6-digit code than `code`. */
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe.each(testDatabaseKinds())("second factor on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  describe("a new clerk's authenticator", () => {
    const username = "chengguan07";
    const newPassword = "Cg5#lanes-of-yunxi";
    // The clerk's own clock, an hour after the administrator's sign-in, at the start of a step.
    const clock = createTestClock(new Date(testNow.getTime() + 3_600_000));
    let clerkId: string;
    let temporaryPassword: string;
    let secret: string;
    let recoveryCodes: string[];
    let admin: Awaited<ReturnType<typeof signInStaff>>;

    const clerkCaller = () =>
      createTestCaller(seeded.database, { now: clock.now, clientAddress: "198.51.100.41" });
    /** The clerk's browser through enrolment and the password change. */
    let clerk: ReturnType<typeof clerkCaller>;

    beforeAll(async () => {
      admin = await signInStaff(seeded.database, seeded.demo.administrator);
      const created = await admin.caller.staff.users.create({
        username,
        displayName: "杨洁",
        role: "SERVICE_POINT_CLERK",
        servicePointCode: "SP-CHENGGUAN",
      });
      clerkId = created.id;
      temporaryPassword = created.temporaryPassword;
      clerk = clerkCaller();
    });

    it("signs in with the temporary password alone to a session that opens only the enrolment", async () => {
      const view = await clerk.caller.auth.staffLogin({
        username,
        password: temporaryPassword,
        otp: "",
      });
      expect(view.stage).toBe("SECOND_FACTOR_ENROLMENT");
      expect((await clerk.caller.staff.session())?.stage).toBe("SECOND_FACTOR_ENROLMENT");
      await expect(clerk.caller.staff.extendSession()).resolves.toBeDefined();
      const closed = [
        () => clerk.caller.staff.servicePoints.list(),
        () =>
          clerk.caller.staff.citizenAccounts.unlock({
            residentId: seeded.demo.activeInsured.residentId,
            documentChecked: true,
          }),
        () =>
          clerk.caller.staff.security.changePassword({
            currentPassword: temporaryPassword,
            newPassword,
          }),
        () => clerk.caller.staff.security.signOutEverywhere(),
      ];
      for (const call of closed) {
        expect((await refusalOf(call())).data.domainCode).toBe("FORBIDDEN");
      }
    });

    it("enrols with a code from the new secret, gets 10 recovery codes, and must change the password", async () => {
      const enrolment = await clerk.caller.staff.secondFactor.beginEnrolment();
      secret = enrolment.secret;
      expect(enrolment.otpauthUri).toContain(`secret=${secret}`);
      const confirmed = await clerk.caller.staff.secondFactor.confirmEnrolment({
        code: await codeAt(secret, clock.now()),
      });
      recoveryCodes = confirmed.recoveryCodes;
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);

      expect((await clerk.caller.staff.session())?.stage).toBe("PASSWORD_CHANGE");
      expect((await refusalOf(clerk.caller.staff.servicePoints.list())).data.domainCode).toBe(
        "FORBIDDEN",
      );
    });

    it("opens fully once the temporary password is changed", async () => {
      await clerk.caller.staff.security.changePassword({
        currentPassword: temporaryPassword,
        newPassword,
      });
      expect((await clerk.caller.staff.session())?.stage).toBe("FULL");
      await expect(clerk.caller.staff.servicePoints.list()).resolves.not.toHaveLength(0);
      await clerk.caller.auth.staffLogout();
      expect(await clerk.caller.staff.session()).toBeNull();
    });

    it("signs in with password and code, and refuses the same code again within its step", async () => {
      clock.advanceSeconds(30);
      const code = await codeAt(secret, clock.now());
      const first = clerkCaller();
      await expect(
        first.caller.auth.staffLogin({ username, password: newPassword, otp: code }),
      ).resolves.toMatchObject({ stage: "FULL" });

      clock.advanceSeconds(5);
      const replay = await refusalOf(
        clerkCaller().caller.auth.staffLogin({ username, password: newPassword, otp: code }),
      );
      expect(replay.data.domainCode).toBe("INVALID_CREDENTIALS");
      const wrong = await refusalOf(
        clerkCaller().caller.auth.staffLogin({
          username,
          password: newPassword,
          otp: otherCode(code),
        }),
      );
      expect(wrong.data.domainCode).toBe("INVALID_CREDENTIALS");
    });

    it("takes a recovery code instead of the authenticator's, once, and dates its use", async () => {
      const [recoveryCode] = recoveryCodes;
      await expect(
        clerkCaller().caller.auth.staffLogin({
          username,
          password: newPassword,
          otp: recoveryCode,
        }),
      ).resolves.toMatchObject({ stage: "FULL" });
      const used = await seeded.database.prisma.recoveryCode.findMany({
        where: { staffUserId: clerkId, usedAt: { not: null } },
      });
      expect(used.map((code) => code.usedAt)).toEqual([clock.now()]);
      const again = await refusalOf(
        clerkCaller().caller.auth.staffLogin({
          username,
          password: newPassword,
          otp: recoveryCode,
        }),
      );
      expect(again.data.domainCode).toBe("INVALID_CREDENTIALS");
    });

    it("lets the administrator reset it with a reason: recorded, and the clerk enrols again", async () => {
      const signedIn = clerkCaller();
      clock.advanceSeconds(30);
      await signedIn.caller.auth.staffLogin({
        username,
        password: newPassword,
        otp: await codeAt(secret, clock.now()),
      });

      await admin.caller.staff.users.resetSecondFactor({
        staffUserId: clerkId,
        reason: "手机丢失，本人到窗口申请",
      });
      const entry = await seeded.database.prisma.auditEvent.findFirst({
        where: { action: "staff-user.second-factor-reset" },
        orderBy: { seq: "desc" },
      });
      expect(entry).toMatchObject({
        actorRole: "ADMINISTRATOR",
        reason: "手机丢失，本人到窗口申请",
        result: "SUCCEEDED",
      });
      expect(entry?.detail).toEqual({ staffUserId: clerkId });

      // The clerk's sessions ended with the factor; the next sign-in asks for a new one.
      expect(await signedIn.caller.staff.session()).toBeNull();
      const next = clerkCaller();
      await expect(
        next.caller.auth.staffLogin({ username, password: newPassword, otp: "" }),
      ).resolves.toMatchObject({ stage: "SECOND_FACTOR_ENROLMENT" });
    });
  });

  describe("a citizen's authenticator", () => {
    it("asks for the code once the password is right, refuses a wrong one and takes the right one", async () => {
      const { sealedInsured } = seeded.demo;
      const clock = createTestClock(new Date(testNow.getTime() + 2 * 3_600_000));
      const { caller } = createTestCaller(seeded.database, { now: clock.now });
      await caller.auth.citizenLogin(sealedInsured);
      const { secret } = await caller.citizen.secondFactor.beginEnrolment();
      const { recoveryCodes } = await caller.citizen.secondFactor.confirmEnrolment({
        code: await codeAt(secret, clock.now()),
      });
      expect(recoveryCodes).toHaveLength(10);
      await caller.auth.citizenLogout();

      clock.advanceSeconds(30);
      const login = (otp?: string) =>
        createTestCaller(seeded.database, { now: clock.now }).caller.auth.citizenLogin({
          ...sealedInsured,
          ...(otp === undefined ? {} : { otp }),
        });
      expect((await refusalOf(login())).data.domainCode).toBe("SECOND_FACTOR_REQUIRED");
      const code = await codeAt(secret, clock.now());
      expect((await refusalOf(login(otherCode(code)))).data.domainCode).toBe("INVALID_CREDENTIALS");
      // A wrong password with the right code is refused like any wrong password.
      const wrongPassword = await refusalOf(
        createTestCaller(seeded.database, { now: clock.now }).caller.auth.citizenLogin({
          residentId: sealedInsured.residentId,
          password: "not-the-password",
          otp: code,
        }),
      );
      expect(wrongPassword.data.domainCode).toBe("INVALID_CREDENTIALS");
      await expect(login(code)).resolves.toMatchObject({
        name: sealedInsured.name,
        stage: "FULL",
      });
    });
  });
});
