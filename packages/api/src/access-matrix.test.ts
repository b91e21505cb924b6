import { TRPCError } from "@trpc/server";
import { demoEmployerAgents, demoPassword, demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { countyStaffRoles, type Role, roles, staffRoles } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry, Fixture } from "./access-matrix/matrix-entry";
import { serviceOperationsMatrix } from "./access-matrix/service-operations";
import { appRouter } from "./root-router";
import { createSeededDatabase, testNow } from "./testing/seeded-database";
import { callerWithSession, type DemoAccount } from "./testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const staff = staffRoles;
const staffAccountManagers: readonly Role[] = ["ADMINISTRATOR", "SECURITY_OFFICER"];
const counterClerks: readonly Role[] = ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"];
const photo = demoPhotoJpeg().toString("base64");
// An application no one has: the calls below check who is refused, before any look-up.
const noApplication = "00000000-0000-4000-8000-000000000000";
const onApplication = { applicationId: noApplication, version: 1 };
const cardRequest = { servicePointCode: "SP-CHENGGUAN", phone: "13608870562", photo };
const counterRequest = {
  applicant: "SELF" as const,
  residentId: "530125197604180048",
  phone: "18725096634",
  photo,
};
const managedTarget = (fixture: Fixture, role: Role) =>
  role === "SECURITY_OFFICER" ? fixture.targetAuditorId : fixture.targetClerkId;

/**
 * Every procedure of the router, who may call it, and a call to make. Written out by hand, apart
 * from the permission table it checks: a new procedure without a line here fails the test.
 */
const matrix: Record<string, Entry> = {
  "auth.citizenLogin": { allowed: "public" },
  "auth.citizenLogout": { allowed: "public" },
  "auth.citizenRegistration.start": { allowed: "public" },
  "auth.citizenRegistration.complete": { allowed: "public" },
  "auth.citizenPasswordReset.start": { allowed: "public" },
  "auth.citizenPasswordReset.complete": { allowed: "public" },
  "auth.staffLogin": { allowed: "public" },
  "auth.staffLogout": { allowed: "public" },
  "citizen.session": { allowed: "public" },
  "staff.session": { allowed: "public" },

  "citizen.accountSummary": { allowed: ["INSURED"], call: (c) => c.citizen.accountSummary() },
  "citizen.recentTransactions": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.recentTransactions({ limit: 50 }),
  },
  "citizen.setElderMode": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.setElderMode({ enabled: true }),
  },
  "citizen.extendSession": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.extendSession(),
    notAudited: "keeps a session alive; changes no one's data",
  },
  "citizen.security.changePassword": {
    allowed: ["INSURED"],
    call: (c) =>
      c.citizen.security.changePassword({
        currentPassword: demoPassword,
        newPassword: "Qingshan#2027",
      }),
  },
  "citizen.security.signOutEverywhere": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.security.signOutEverywhere(),
  },
  "citizen.secondFactor.beginEnrolment": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.secondFactor.beginEnrolment(),
    notAudited: "a pending secret that opens nothing until a code confirms it",
  },
  "citizen.secondFactor.confirmEnrolment": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.secondFactor.confirmEnrolment({ code: "000000" }),
  },
  "citizen.secondFactor.disable": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.secondFactor.disable({ password: demoPassword, code: "000000" }),
  },

  "citizen.card.overview": { allowed: ["INSURED"], call: (c) => c.citizen.card.overview() },
  "citizen.card.servicePoints": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.servicePoints(),
  },
  "citizen.card.applyOnline": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.applyOnline(cardRequest),
  },
  "citizen.card.applyForReplacement": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.applyForReplacement({ ...cardRequest, reason: "DAMAGED" }),
  },
  "citizen.card.resubmit": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.resubmit({ applicationId: noApplication }),
  },
  "citizen.card.withdraw": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.withdraw({ applicationId: noApplication }),
  },
  "citizen.card.reportLost": { allowed: ["INSURED"], call: (c) => c.citizen.card.reportLost({}) },
  "citizen.card.photo": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.card.photo({ applicationId: noApplication }),
  },
  "citizen.notifications.list": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.notifications.list({}),
  },
  "citizen.notifications.markRead": {
    allowed: ["INSURED"],
    call: (c) => c.citizen.notifications.markRead({ ids: [noApplication] }),
    notAudited: "marks the person's own messages read; no record of theirs changes",
  },

  "staff.extendSession": {
    allowed: staff,
    call: (c) => c.staff.extendSession(),
    notAudited: "keeps a session alive; changes no one's data",
  },
  "staff.security.changePassword": {
    allowed: staff,
    call: (c) =>
      c.staff.security.changePassword({
        currentPassword: demoPassword,
        newPassword: "Qingshan#2027",
      }),
  },
  "staff.security.signOutEverywhere": {
    allowed: staff,
    call: (c) => c.staff.security.signOutEverywhere(),
  },
  "staff.secondFactor.beginEnrolment": {
    allowed: staff,
    call: (c) => c.staff.secondFactor.beginEnrolment(),
    notAudited: "a pending secret that opens nothing until a code confirms it",
  },
  "staff.secondFactor.confirmEnrolment": {
    allowed: staff,
    call: (c) => c.staff.secondFactor.confirmEnrolment({ code: "000000" }),
  },
  "staff.servicePoints.list": {
    allowed: countyStaffRoles,
    call: (c) => c.staff.servicePoints.list(),
  },
  "staff.users.list": { allowed: staffAccountManagers, call: (c) => c.staff.users.list({}) },
  "staff.users.create": {
    allowed: ["ADMINISTRATOR"],
    call: (c) =>
      c.staff.users.create({
        username: "matrix.clerk",
        displayName: "矩阵测试",
        role: "SERVICE_POINT_CLERK",
        servicePointCode: "SP-SHIQIAO",
      }),
  },
  "staff.users.resetPassword": {
    allowed: staffAccountManagers,
    call: (c, f, role) => c.staff.users.resetPassword({ staffUserId: managedTarget(f, role) }),
  },
  "staff.users.resetSecondFactor": {
    allowed: staffAccountManagers,
    call: (c, f, role) =>
      c.staff.users.resetSecondFactor({ staffUserId: managedTarget(f, role), reason: "手机丢失" }),
  },
  "staff.users.setActive": {
    allowed: staffAccountManagers,
    call: (c, f, role) =>
      c.staff.users.setActive({ staffUserId: managedTarget(f, role), active: true }),
  },
  "staff.users.grantRole": {
    allowed: ["SECURITY_OFFICER"],
    call: (c, f) => c.staff.users.grantRole({ staffUserId: f.targetClerkId, role: "AUDITOR" }),
  },
  "staff.users.unlock": {
    allowed: ["SECURITY_OFFICER"],
    call: (c, f) => c.staff.users.unlock({ staffUserId: f.targetClerkId }),
  },
  "staff.applications.queue": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.queue({ queue: "ALL_OPEN", limit: 10 }),
  },
  "staff.applications.counts": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.counts({}),
  },
  "staff.applications.get": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.get({ applicationId: noApplication }),
  },
  "staff.applications.register": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.register({ ...counterRequest, channel: "SERVICE_POINT" }),
  },
  "staff.applications.issueOnTheSpot": {
    allowed: ["COUNTY_CENTRE_CLERK"],
    call: (c) => c.staff.applications.issueOnTheSpot(counterRequest),
  },
  "staff.applications.verify": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.verify({ ...onApplication, insured: true }),
  },
  "staff.applications.approve": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.approve(onApplication),
  },
  "staff.applications.requestMaterials": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.requestMaterials({ ...onApplication, missing: ["PHOTO"] }),
  },
  "staff.applications.resubmit": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.resubmit(onApplication),
  },
  "staff.applications.refuse": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.refuse({ ...onApplication, reason: "NOT_INSURED" }),
  },
  "staff.applications.startProduction": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.startProduction(onApplication),
  },
  "staff.applications.markFailed": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.markFailed({ ...onApplication, reason: "CHIP_FAULT" }),
  },
  "staff.applications.markReady": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.markReady(onApplication),
  },
  "staff.applications.handOver": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.handOver({ ...onApplication, collector: { kind: "SELF" } }),
  },
  "staff.applications.reportLost": {
    allowed: counterClerks,
    call: (c) => c.staff.applications.reportLost({ residentId: "530125197604180048" }),
  },
  "staff.audit.search": { allowed: ["AUDITOR"], call: (c) => c.staff.audit.search({}) },
  "staff.audit.export": { allowed: ["AUDITOR"], call: (c) => c.staff.audit.export({}) },
  "staff.audit.verifyChain": { allowed: ["AUDITOR"], call: (c) => c.staff.audit.verifyChain() },
  "staff.citizenAccounts.unlock": {
    allowed: ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK", "BUREAU_CLERK"],
    call: (c) =>
      c.staff.citizenAccounts.unlock({ residentId: "530125196803120027", documentChecked: true }),
  },
  "staff.persons.revealResidentId": {
    allowed: ["COUNTY_CENTRE_CLERK", "BUREAU_CLERK"],
    call: (c, f) =>
      c.staff.persons.revealResidentId({ personId: f.otherPersonId, reason: "PRINT_NOTICE" }),
  },
  "staff.outbox.list": { allowed: ["ADMINISTRATOR"], call: (c) => c.staff.outbox.list({}) },
  ...serviceOperationsMatrix,
};

function refusalOf(error: unknown): string | null {
  if (!(error instanceof TRPCError)) throw error;
  return error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED" ? error.code : null;
}

describe.each(testDatabaseKinds())("the role × procedure matrix on %s", (kind) => {
  let seeded: Seeded;
  let fixture: Fixture;
  const accounts: Record<Role, DemoAccount> = {
    INSURED: { residentId: "530125196803120027" },
    SERVICE_POINT_CLERK: { username: "chengguan01" },
    COUNTY_CENTRE_CLERK: { username: "centre01" },
    BUREAU_CLERK: { username: "bureau01" },
    TAX_OFFICER: { username: "tax01" },
    ADMINISTRATOR: { username: "admin01" },
    SECURITY_OFFICER: { username: "security01" },
    AUDITOR: { username: "auditor01" },
    INSTITUTION_OPERATOR: { username: "pharmacy01" },
    EMPLOYER_AGENT: demoEmployerAgents.teaCompanyAgent,
  };

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma, protector } = seeded.database;
    const centre = await prisma.servicePoint.findUniqueOrThrow({ where: { code: "CENTRE" } });
    const target = (username: string, role: "SERVICE_POINT_CLERK" | "AUDITOR") =>
      prisma.staffUser.create({
        data: {
          username,
          displayName: "被管理的账号",
          role,
          servicePointId: centre.id,
          passwordHash: "not-a-real-hash",
          passwordChangedAt: testNow,
        },
      });
    const other = await prisma.person.findUniqueOrThrow({
      where: { residentIdIndex: protector.residentIdIndex(seeded.demo.sealedInsured.residentId) },
    });
    fixture = {
      targetClerkId: (await target("target.clerk", "SERVICE_POINT_CLERK")).id,
      targetAuditorId: (await target("target.auditor", "AUDITOR")).id,
      otherPersonId: other.id,
    };
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("has a line for every procedure of the router, and no line for one that is gone", () => {
    const paths = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(paths);
  });

  it("agrees with each procedure's declared access", () => {
    for (const [path, procedure] of Object.entries(appRouter._def.procedures)) {
      const access = (procedure as unknown as { _def: { meta: { access: { kind: string } } } })._def
        .meta.access;
      expect(access.kind === "public", path).toBe(matrix[path]?.allowed === "public");
    }
  });

  for (const role of roles) {
    it(`lets ${role} call exactly its procedures, and records every write it makes`, async () => {
      for (const [path, entry] of Object.entries(matrix)) {
        if (entry.allowed === "public" || !entry.call) continue;
        const { caller } = await callerWithSession(seeded.database, accounts[role], testNow);
        const auditBefore = await seeded.database.prisma.auditEvent.count();
        let refusal: string | null = null;
        let succeeded = false;
        try {
          await entry.call(caller, fixture, role);
          succeeded = true;
        } catch (error) {
          refusal = refusalOf(error);
        }
        if (entry.allowed.includes(role)) {
          expect(refusal, `${role} must be able to call ${path}`).toBeNull();
          const type = (
            appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>
          )[path]?._def.type;
          if (succeeded && type === "mutation" && !entry.notAudited) {
            const auditAfter = await seeded.database.prisma.auditEvent.count();
            expect(auditAfter, `${role}'s ${path} wrote no audit entry`).toBeGreaterThan(
              auditBefore,
            );
          }
        } else {
          expect(refusal, `${role} must be refused ${path}`).not.toBeNull();
        }
      }
    });
  }

  it("never shows the insured another person's data", async () => {
    const { caller } = await callerWithSession(seeded.database, accounts.INSURED, testNow);
    const other = seeded.demo.sealedInsured;
    const answers = JSON.stringify([
      await caller.citizen.accountSummary(),
      await caller.citizen.recentTransactions({ limit: 50 }),
      await caller.citizen.session(),
    ]);
    expect(answers).not.toContain(other.name);
    expect(answers).not.toContain(
      `${other.residentId.slice(0, 6)}********${other.residentId.slice(14)}`,
    );
  });

  it("reveals a full number only with a reason, and records who asked to see whose", async () => {
    const { caller } = await callerWithSession(
      seeded.database,
      accounts.COUNTY_CENTRE_CLERK,
      testNow,
    );
    const revealed = await caller.staff.persons.revealResidentId({
      personId: fixture.otherPersonId,
      reason: "COMPARE_WITH_DOCUMENT",
    });
    expect(revealed.residentId).toBe(seeded.demo.sealedInsured.residentId);
    const entry = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "person.resident-id-revealed", reason: "COMPARE_WITH_DOCUMENT" },
    });
    expect(entry.subjectPersonId).toBe(fixture.otherPersonId);
    expect(entry.actorRole).toBe("COUNTY_CENTRE_CLERK");
    await expect(
      caller.staff.persons.revealResidentId({
        personId: fixture.otherPersonId,
        reason: "CURIOSITY" as "PRINT_NOTICE",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
