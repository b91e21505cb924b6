import { demoEmployerAgents, demoPassword, hashPassword } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieNames } from "../../context";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { demoStaffCode } from "../../testing/staff-sign-in";
import { createTestCaller, createTestClock } from "../../testing/test-caller";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const yang = demoEmployerAgents.teaCompanyAgent;
const ma = demoEmployerAgents.logisticsCompanyAgent;
const credentials = (agent: typeof yang | typeof ma, password: string = demoPassword) => ({
  creditCode: agent.creditCode,
  residentId: agent.residentId,
  password,
});

describe.each(testDatabaseKinds())("an employer's agent signing in on %s", (kind) => {
  let seeded: Seeded;
  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** An agent of 青山茶业 added for one test, authorised for the given period. */
  async function addAgent(
    residentId: string,
    period: { from: string; until: string },
    active = true,
  ) {
    const employer = await seeded.database.prisma.employer.findUniqueOrThrow({
      where: { creditCode: yang.creditCode },
    });
    return seeded.database.prisma.employerAgent.create({
      data: {
        employerId: employer.id,
        residentIdIndex: seeded.database.protector.residentIdIndex(residentId),
        residentIdSealed: seeded.database.protector.seal(residentId, "agent.resident-id"),
        name: "周平",
        passwordHash: await hashPassword(demoPassword),
        passwordChangedAt: testNow,
        mustChangePassword: false,
        authorisedFrom: new Date(`${period.from}T00:00:00Z`),
        authorisedUntil: new Date(`${period.until}T00:00:00Z`),
        active,
      },
    });
  }

  it("signs in with the credit code, the agent's own ID number and password, and sees only that employer", async () => {
    const { caller, cookies } = createTestCaller(seeded.database, { now: () => testNow });
    const signedIn = await caller.auth.employerLogin({
      // Typed as people type them: lower case, spaces around.
      creditCode: ` ${yang.creditCode.toLowerCase()} `,
      residentId: yang.residentId,
      password: demoPassword,
    });
    expect(signedIn).toMatchObject({
      name: "杨帆",
      maskedResidentId: "530125********0038",
      employer: { creditCode: yang.creditCode, name: "云溪县青山茶业有限公司" },
      authorisedUntil: "2027-12-31",
      stage: "FULL",
      secondFactorEnabled: false,
    });
    expect(cookies.get(sessionCookieNames.EMPLOYER)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await caller.employer.session()).toMatchObject({ name: "杨帆" });
    // The agent's cookie opens no one else's procedures, and the others' none of the agent's.
    expect(await caller.citizen.session()).toBeNull();
    expect(await caller.staff.session()).toBeNull();
    expect((await refusalOf(caller.citizen.accountSummary())).data.domainCode).toBe(
      "UNAUTHENTICATED",
    );
    const login = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "auth.login", actorKind: "EMPLOYER", result: "SUCCEEDED" },
      orderBy: { seq: "desc" },
    });
    expect(login.actorRole).toBe("EMPLOYER_AGENT");
  });

  it("gives one answer for an unknown employer, a stranger, another employer's agent, a wrong password, a lapsed or a deactivated agent", async () => {
    await addAgent("530125198811200042", { from: "2025-01-01", until: "2026-06-30" });
    await addAgent("53012519950708001X", { from: "2026-01-01", until: "2027-12-31" }, false);
    const attempts = [
      { ...credentials(yang), creditCode: "91530125MA6P4QRK3Q" },
      { ...credentials(yang), residentId: "11010519491231002X" },
      { ...credentials(ma), creditCode: yang.creditCode },
      credentials(yang, "Not-the-password1"),
      { ...credentials(yang), residentId: "530125198811200042" },
      { ...credentials(yang), residentId: "53012519950708001X" },
    ];
    const answers = [];
    for (const attempt of attempts) {
      const { caller } = createTestCaller(seeded.database, {
        now: () => testNow,
        clientAddress: "198.51.100.7",
      });
      const refusal = await refusalOf(caller.auth.employerLogin(attempt));
      answers.push([refusal.data.domainCode, refusal.message]);
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(
      new Set([JSON.stringify(["INVALID_CREDENTIALS", "证件号码或密码不正确。"])]),
    );
  });

  it("refuses a malformed credit code or ID number with its reason, echoing neither", async () => {
    const { caller } = createTestCaller(seeded.database, { now: () => testNow });
    const refusal = await refusalOf(
      caller.auth.employerLogin({ ...credentials(yang), creditCode: "91530125MA6K8Y2Q3C" }),
    );
    expect(refusal.data.domainCode).toBe("VALIDATION_FAILED");
    expect(refusal.data.issues).toEqual([
      { path: ["creditCode"], code: "CHECK_CHARACTER_MISMATCH" },
    ]);
    expect(JSON.stringify(refusal)).not.toContain("91530125MA6K8Y2Q3C");
  });

  it("locks the agent out from that address after 5 wrong passwords, as everyone else", async () => {
    const clock = createTestClock(testNow);
    const { caller } = createTestCaller(seeded.database, {
      now: clock.now,
      clientAddress: "198.51.100.9",
    });
    const attempt = (password: string) => caller.auth.employerLogin(credentials(ma, password));
    for (let i = 0; i < 4; i++) {
      expect((await refusalOf(attempt("Wrong-password1"))).data.domainCode).toBe(
        "INVALID_CREDENTIALS",
      );
    }
    expect((await refusalOf(attempt("Wrong-password1"))).data.domainCode).toBe("ACCOUNT_LOCKED");
    expect((await refusalOf(attempt(demoPassword))).data.domainCode).toBe("ACCOUNT_LOCKED");
    // Elsewhere the agent is not locked out; here after 30 minutes.
    const elsewhere = createTestCaller(seeded.database, {
      now: clock.now,
      clientAddress: "198.51.100.10",
    });
    await expect(elsewhere.caller.auth.employerLogin(credentials(ma))).resolves.toMatchObject({
      name: "马丽",
    });
    clock.advanceMinutes(30);
    await expect(attempt(demoPassword)).resolves.toMatchObject({ name: "马丽" });
  });

  it("ends the session when the authorisation ends, at midnight in China", async () => {
    const agent = await addAgent("530125198506120011", { from: "2026-01-01", until: "2026-11-25" });
    // 23:50 on the last day, China time.
    const clock = createTestClock(new Date("2026-11-25T15:50:00.000Z"));
    const { caller } = createTestCaller(seeded.database, { now: clock.now });
    await caller.auth.employerLogin({
      creditCode: yang.creditCode,
      residentId: "530125198506120011",
      password: demoPassword,
    });
    await expect(caller.employer.batches.list()).resolves.toMatchObject({ items: [] });
    clock.advanceMinutes(15);
    expect((await refusalOf(caller.employer.batches.list())).data.domainCode).toBe(
      "UNAUTHENTICATED",
    );
    expect(await caller.employer.session()).toBeNull();
    expect(agent.id).toBeTruthy();
  });

  it("turns a second factor on, then asks for its code at sign-in, then lets the agent turn it off", async () => {
    const clock = createTestClock(new Date(testNow.getTime() + 7 * 3_600_000));
    await addAgent("530125199003150029", { from: "2026-01-01", until: "2027-12-31" });
    const own = {
      creditCode: yang.creditCode,
      residentId: "530125199003150029",
      password: demoPassword,
    };
    const browser = createTestCaller(seeded.database, { now: clock.now });
    await browser.caller.auth.employerLogin(own);
    const { secret, otpauthUri } = await browser.caller.employer.secondFactor.beginEnrolment();
    expect(otpauthUri).toContain(encodeURIComponent("530125********0029"));
    const { recoveryCodes } = await browser.caller.employer.secondFactor.confirmEnrolment({
      code: await demoStaffCode(clock.now(), secret),
    });
    expect(recoveryCodes).toHaveLength(10);

    clock.advanceSeconds(60);
    const later = createTestCaller(seeded.database, { now: clock.now });
    expect((await refusalOf(later.caller.auth.employerLogin(own))).data.domainCode).toBe(
      "SECOND_FACTOR_REQUIRED",
    );
    const signedIn = await later.caller.auth.employerLogin({
      ...own,
      otp: await demoStaffCode(clock.now(), secret),
    });
    expect(signedIn.secondFactorEnabled).toBe(true);
    await later.caller.employer.secondFactor.disable({
      password: demoPassword,
      code: await demoStaffCode(new Date(clock.now().getTime() + 30_000), secret),
    });
    expect((await later.caller.employer.session())?.secondFactorEnabled).toBe(false);
  });

  it("changes the agent's own password, ending the agent's other sessions", async () => {
    const clock = createTestClock(testNow);
    const own = {
      creditCode: yang.creditCode,
      residentId: "53012519950708001X",
      password: demoPassword,
    };
    await seeded.database.prisma.employerAgent.updateMany({
      where: { residentIdIndex: seeded.database.protector.residentIdIndex(own.residentId) },
      data: { active: true },
    });
    const first = createTestCaller(seeded.database, { now: clock.now });
    const second = createTestCaller(seeded.database, { now: clock.now });
    await first.caller.auth.employerLogin(own);
    await second.caller.auth.employerLogin(own);
    await first.caller.employer.security.changePassword({
      currentPassword: demoPassword,
      newPassword: "Qingshan#Tea2027",
    });
    expect(await second.caller.employer.session()).toBeNull();
    expect(await first.caller.employer.session()).toMatchObject({ name: "周平" });
    await first.caller.employer.security.changePassword({
      currentPassword: "Qingshan#Tea2027",
      newPassword: "Taoyuan#Leaf2028",
    });
    const reused = await refusalOf(
      first.caller.employer.security.changePassword({
        currentPassword: "Taoyuan#Leaf2028",
        newPassword: "Qingshan#Tea2027",
      }),
    );
    expect(reused.data.issues).toEqual([{ path: ["newPassword"], code: "REUSED" }]);
  });

  it("signs out: the cookie opens nothing any more", async () => {
    const { caller, cookies } = createTestCaller(seeded.database, { now: () => testNow });
    await caller.auth.employerLogin(credentials(yang));
    const token = cookies.get(sessionCookieNames.EMPLOYER) ?? "";
    await caller.auth.employerLogout();
    expect(cookies.get(sessionCookieNames.EMPLOYER)).toBeUndefined();
    const replay = createTestCaller(seeded.database, { now: () => testNow });
    replay.cookies.set(sessionCookieNames.EMPLOYER, token);
    expect((await refusalOf(replay.caller.employer.batches.list())).data.domainCode).toBe(
      "UNAUTHENTICATED",
    );
  });
});
