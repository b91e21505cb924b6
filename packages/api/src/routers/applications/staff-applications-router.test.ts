import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const photo = demoPhotoJpeg().toString("base64");
/** Friday 2026-11-27, 10:00 in China: two days after `testNow`. */
const friday = new Date("2026-11-27T02:00:00.000Z");
const agent = {
  name: "王小红",
  idType: "RESIDENT_ID_CARD",
  idNumber: "530125198511230039",
  relationship: "CHILD",
} as const;

describe.each(testDatabaseKinds())("staff.applications on %s", (kind) => {
  let seeded: Seeded;
  let clerk: Caller;
  let centre: Caller;
  let taoyuan: Caller;
  let people = 0;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const session = async (username: string) =>
      (await callerWithSession(seeded.database, { username }, testNow)).caller;
    clerk = await session("chengguan01");
    centre = await session("centre01");
    taoyuan = await session("taoyuan01");
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** An insured person of the county with no card and no application, born on `birthDate`. */
  async function newPerson(birthDate = "1980-02-02") {
    people += 1;
    const first17 = `530125${birthDate.replaceAll("-", "")}${String(100 + people * 2 + 1)}`;
    const residentId = first17 + residentIdCheckCharacter(first17);
    const person = await seeded.database.prisma.person.create({
      data: {
        residentIdIndex: seeded.database.protector.residentIdIndex(residentId),
        residentIdSealed: seeded.database.protector.seal(residentId, "person.resident-id"),
        name: `柜台${people}`,
        sex: "M",
        birthDate: new Date(`${birthDate}T00:00:00Z`),
      },
    });
    return { residentId, personId: person.id };
  }

  async function registered(
    by: Caller = clerk,
    extra: { applicant?: "SELF" | "AGENT"; agent?: typeof agent } = {},
  ) {
    const { residentId, personId } = await newPerson();
    const view = await by.staff.applications.register({
      channel: "SERVICE_POINT",
      residentId,
      phone: "13608870562",
      photo,
      ...extra,
    });
    return { ...view, residentId, personId };
  }

  const codeOf = async (call: Promise<unknown>) => (await refusalOf(call)).data.domainCode;

  it("refuses an action the status does not allow with ACTION_NOT_ALLOWED", async () => {
    const application = await registered();
    expect(application.availableActions).not.toContain("MARK_READY");
    expect(
      await codeOf(
        clerk.staff.applications.markReady({
          applicationId: application.id,
          version: application.version,
        }),
      ),
    ).toBe("ACTION_NOT_ALLOWED");
  });

  it("refuses a stale version with APPLICATION_CHANGED and the application as it is now", async () => {
    const application = await registered();
    const verified = await clerk.staff.applications.verify({
      applicationId: application.id,
      version: application.version,
      insured: true,
    });
    const refusal = await refusalOf(
      clerk.staff.applications.approve({
        applicationId: application.id,
        version: application.version,
      }),
    );
    expect(refusal.data.domainCode).toBe("APPLICATION_CHANGED");
    expect(refusal.data.current).toEqual({ status: "SUBMITTED", version: verified.version });
  });

  it.runIf(kind === "postgres")(
    "lets exactly one of two clerks approving the same version at once succeed",
    async () => {
      for (let round = 0; round < 3; round++) {
        const application = await registered();
        const { version } = await clerk.staff.applications.verify({
          applicationId: application.id,
          version: application.version,
          insured: true,
        });
        const results = await Promise.allSettled([
          clerk.staff.applications.approve({ applicationId: application.id, version }),
          centre.staff.applications.approve({ applicationId: application.id, version }),
        ]);
        expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
        const rejected = results.find((result) => result.status === "rejected");
        expect(await codeOf(Promise.reject(rejected?.reason))).toBe("APPLICATION_CHANGED");
        const approvals = await seeded.database.prisma.cardApplicationAction.count({
          where: { applicationId: application.id, action: "APPROVE" },
        });
        expect(approvals).toBe(1);
      }
    },
  );

  it("approves an agent's application only once both the insured's and the agent's certificates are verified", async () => {
    const application = await registered(clerk, { applicant: "AGENT", agent });
    expect(application).toMatchObject({
      status: "SUBMITTED",
      channel: "SERVICE_POINT",
      applicantKind: "AGENT",
      applicant: { kind: "AGENT", name: agent.name, relationship: "CHILD" },
      verified: { insured: false, agent: false },
    });
    expect(application.applicant.maskedIdNumber).not.toContain(agent.idNumber.slice(6, 14));
    const approve = (version: number) =>
      clerk.staff.applications.approve({ applicationId: application.id, version });
    expect(await codeOf(approve(application.version))).toBe("ACTION_NOT_ALLOWED");

    const insured = await clerk.staff.applications.verify({
      applicationId: application.id,
      version: application.version,
      insured: true,
    });
    expect(insured.verified).toEqual({ insured: true, agent: false });
    expect(insured.availableActions).not.toContain("APPROVE");
    expect(await codeOf(approve(insured.version))).toBe("ACTION_NOT_ALLOWED");

    const both = await clerk.staff.applications.verify({
      applicationId: application.id,
      version: insured.version,
      insured: false,
      agent: true,
    });
    expect(both.verified).toEqual({ insured: true, agent: true });
    expect(both.availableActions).toContain("APPROVE");
    expect((await approve(both.version)).status).toBe("APPROVED");
  });

  it("refuses a guardian for an adult (NOT_UNDER_16) and takes one for a child", async () => {
    const guardian = { ...agent, relationship: "PARENT" } as const;
    const adult = await newPerson("1980-02-02");
    const refusal = await refusalOf(
      clerk.staff.applications.register({
        channel: "SERVICE_POINT",
        applicant: "GUARDIAN",
        guardian,
        residentId: adult.residentId,
        phone: "13608870562",
        photo,
      }),
    );
    expect(refusal.data.domainCode).toBe("VALIDATION_FAILED");
    expect(refusal.data.issues).toEqual([{ path: ["guardian"], code: "NOT_UNDER_16" }]);
    expect(
      await seeded.database.prisma.cardApplication.count({ where: { personId: adult.personId } }),
    ).toBe(0);

    const child = await newPerson("2015-06-01");
    const taken = await clerk.staff.applications.register({
      channel: "SERVICE_POINT",
      applicant: "GUARDIAN",
      guardian,
      residentId: child.residentId,
      phone: "13608870562",
      photo,
    });
    expect(taken).toMatchObject({ status: "SUBMITTED", applicantKind: "GUARDIAN" });
  });

  it("lists every missing item at once and restarts the clock on the day of resubmission", async () => {
    const application = await registered(clerk, { applicant: "AGENT", agent });
    const asked = await clerk.staff.applications.requestMaterials({
      applicationId: application.id,
      version: application.version,
      missing: ["PHOTO", "AUTHORISATION_LETTER"],
    });
    expect(asked.status).toBe("NEEDS_MATERIALS");
    expect(asked.missingItems).toEqual([{ code: "PHOTO" }, { code: "AUTHORISATION_LETTER" }]);

    const { caller: onFriday } = await callerWithSession(
      seeded.database,
      { username: "chengguan01" },
      friday,
    );
    const resubmitted = await onFriday.staff.applications.resubmit({
      applicationId: application.id,
      version: asked.version,
    });
    // Fri 2026-11-27 → Mon 30, Tue 1, Wed 2; not Mon 30 as from the first submission.
    expect(resubmitted).toMatchObject({
      status: "SUBMITTED",
      dueDate: "2026-12-02",
      missingItems: null,
    });
  });

  it("issues a card on the spot at the county centre, active at once", async () => {
    const { residentId, personId } = await newPerson();
    const issued = await centre.staff.applications.issueOnTheSpot({
      applicant: "SELF",
      residentId,
      phone: "13608870562",
      photo,
    });
    expect(issued).toMatchObject({ status: "COLLECTED", channel: "COUNTY_CENTRE" });
    expect(issued.cardNumber).toMatch(/^Y\d{8}$/);
    const cards = await seeded.database.prisma.card.findMany({ where: { personId } });
    expect(cards.map(({ number, status }) => ({ number, status }))).toEqual([
      { number: issued.cardNumber, status: "ACTIVE" },
    ]);

    expect(await clerk.staff.applications.reportLost({ residentId })).toEqual({
      status: "REPORTED_LOST",
    });
    expect(
      (await seeded.database.prisma.card.findFirstOrThrow({ where: { personId } })).status,
    ).toBe("REPORTED_LOST");
  });

  it("refuses a service point's clerk the on-the-spot issue, writing nothing", async () => {
    const { residentId, personId } = await newPerson();
    const refusal = await refusalOf(
      clerk.staff.applications.issueOnTheSpot({
        applicant: "SELF",
        residentId,
        phone: "13608870562",
        photo,
      }),
    );
    expect(refusal.data.domainCode).toBe("FORBIDDEN");
    expect(await seeded.database.prisma.cardApplication.count({ where: { personId } })).toBe(0);
  });

  it("hides 城关's applications from 桃源's clerk, in every call and every queue, and shows them to the centre", async () => {
    const application = await registered();
    const ours: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await clerk.staff.applications.queue({ queue: "ALL_OPEN", limit: 100, cursor });
      ours.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ours).toContain(application.id);

    for (const applicationId of ours) {
      expect(await codeOf(taoyuan.staff.applications.get({ applicationId }))).toBe("NOT_FOUND");
    }
    const applicationId = application.id;
    const version = application.version;
    const actions = [
      () => taoyuan.staff.applications.verify({ applicationId, version, insured: true }),
      () => taoyuan.staff.applications.approve({ applicationId, version }),
      () =>
        taoyuan.staff.applications.requestMaterials({ applicationId, version, missing: ["PHOTO"] }),
      () => taoyuan.staff.applications.refuse({ applicationId, version, reason: "材料不全" }),
      () => taoyuan.staff.applications.startProduction({ applicationId, version }),
      () => taoyuan.staff.applications.markFailed({ applicationId, version, reason: "芯片损坏" }),
      () => taoyuan.staff.applications.markReady({ applicationId, version }),
      () =>
        taoyuan.staff.applications.handOver({
          applicationId,
          version,
          collector: { kind: "SELF" },
        }),
      () => taoyuan.staff.applications.resubmit({ applicationId, version }),
    ];
    for (const action of actions) expect(await codeOf(action())).toBe("NOT_FOUND");
    expect((await clerk.staff.applications.get({ applicationId })).version).toBe(version);

    const queues = [
      "TO_VERIFY",
      "NEEDS_MATERIALS",
      "TO_PRODUCE",
      "READY_FOR_PICKUP",
      "OVERDUE",
      "ALL_OPEN",
    ] as const;
    for (const queue of queues) {
      for (const servicePointCode of [undefined, "SP-CHENGGUAN"]) {
        const theirs = await taoyuan.staff.applications.queue({
          queue,
          servicePointCode,
          limit: 100,
        });
        expect(theirs.items.filter((item) => ours.includes(item.id))).toEqual([]);
        expect(theirs.items.every((item) => item.servicePoint.code === "SP-TAOYUAN")).toBe(true);
      }
    }
    const found = await taoyuan.staff.applications.queue({
      queue: "ALL_OPEN",
      search: application.residentId,
      limit: 100,
    });
    expect(found.items).toEqual([]);

    expect((await centre.staff.applications.get({ applicationId })).servicePoint.code).toBe(
      "SP-CHENGGUAN",
    );
    const atCentre = await centre.staff.applications.queue({
      queue: "ALL_OPEN",
      search: application.residentId,
      limit: 100,
    });
    expect(atCentre.items.map((item) => item.id)).toEqual([applicationId]);
  });
});
