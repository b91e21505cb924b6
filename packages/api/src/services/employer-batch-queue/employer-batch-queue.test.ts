import { ApplicationStatus, demoEmployerAgents } from "@yibao/db";
import {
  createSubmittedEmployerBatch,
  type SubmittedBatchEmployee,
  testDatabaseKinds,
} from "@yibao/db/testing";
import {
  applicationStatuses,
  epochDayOf,
  isoDateOfEpochDay,
  maskResidentId,
  residentIdCheckCharacter,
} from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeOf } from "../../access/scope";
import type { EmployerActor, ServiceContext } from "../../context";
import { readOutbox } from "../../testing/read-outbox";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { handOutEmployerCard } from "../applications/hand-out-employer-card";
import { expirePickup } from "../cards/expire-pickup";
import { listCardsToHandOut } from "../employers/list-cards-to-hand-out";
import { createOutboxMessageGateway } from "../messages/outbox-message-gateway";
import { systemContext } from "../system-context";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];

const teaCompany = "91530125MA6K8Y2Q3B";
const logisticsCompany = "91530125MA6P4QRK3Q";
const yesterday = new Date(testNow.getTime() - 86_400_000);

function employee(name: string, first17: string, phone: string): SubmittedBatchEmployee {
  const birth = first17.slice(6, 14);
  return {
    name,
    residentId: first17 + residentIdCheckCharacter(first17),
    sex: Number(first17.slice(14, 17)) % 2 === 1 ? "M" : "F",
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    phone,
  };
}

const staffOfTheTeaCompany = [
  employee("茶一明", "53012519900301011", "13800530001"),
  employee("茶二芳", "53012519910402022", "13800530002"),
  employee("茶三强", "53012519920503033", "13800530003"),
  employee("茶四丽", "53012519930604044", "13800530004"),
];
// The demo's agent of 青山茶业 (kept as the demo seeded it, authorised by the county centre).
const agent = { ...demoEmployerAgents.teaCompanyAgent, authorisedByUsername: "centre01" };

describe("the Prisma enum of application statuses", () => {
  it("lists the same values as the domain, in the same order", () => {
    expect(Object.values(ApplicationStatus)).toEqual([...applicationStatuses]);
  });
});

describe.each(testDatabaseKinds())("the county centre's batch queue on %s", (kind) => {
  let seeded: Seeded;
  let centre: Caller;
  let batchId: string;
  let applicationIds: string[];
  let agentId: string;
  /** Another employer's agent (顺达物流), made when the collection is recorded. */
  let logistics = { agentId: "", employerId: "" };

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const batch = await createSubmittedEmployerBatch(seeded.database, {
      submittedAt: yesterday,
      employerCreditCode: teaCompany,
      agent,
      employees: staffOfTheTeaCompany,
    });
    ({ batchId, applicationIds, agentId } = batch);
    centre = (await callerWithSession(seeded.database, { username: "centre01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** An employer's agent signed in, as the portal's procedures would hand it to a use case. */
  const asAgent = (
    ids: { agentId: string; employerId: string },
    now = testNow,
  ): ServiceContext<EmployerActor> => {
    const actor: EmployerActor = {
      kind: "EMPLOYER",
      sessionId: "test-session",
      employerAgentId: ids.agentId,
      employerId: ids.employerId,
      role: "EMPLOYER_AGENT",
      stage: "FULL",
      idleExpiresAt: new Date(now.getTime() + 3_600_000),
    };
    const { prisma, protector } = seeded.database;
    return {
      prisma,
      protector,
      messages: createOutboxMessageGateway(protector),
      now,
      actor,
      scope: scopeOf(actor),
      clientAddress: null,
      production: false,
    };
  };

  const statuses = async (ids = applicationIds) =>
    (
      await seeded.database.prisma.cardApplication.findMany({
        where: { id: { in: ids } },
        select: { id: true, status: true },
      })
    )
      .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
      .map((row) => row.status);

  it("lists the submitted batch with who sent it and how its rows stand, without anyone's name", async () => {
    const queue = await centre.staff.employerBatches.list({ state: "TO_DECIDE" });
    const listed = queue.items.find((item) => item.id === batchId);
    expect(listed).toMatchObject({
      employer: { name: "云溪县青山茶业有限公司", creditCode: teaCompany },
      agent: { name: "杨帆" },
      rowCount: 4,
      state: "TO_DECIDE",
      counts: { applications: 4, toDecide: 4, accepted: 0, refused: 0 },
    });
    expect(JSON.stringify(queue)).not.toContain("茶一明");
    expect((await centre.staff.employerBatches.list({ state: "ACCEPTED" })).items).toEqual([]);
  });

  it("opens the batch with the agent's authorisation, the letters and every row, masked, and records the read", async () => {
    const batch = await centre.staff.employerBatches.get({ batchId });
    expect(batch.agent).toMatchObject({
      name: "杨帆",
      maskedResidentId: "530125********0038",
      authorisedFrom: agent.authorisedFrom,
      authorisedUntil: agent.authorisedUntil,
      authorisedToday: true,
    });
    expect(batch.agent.authorisedBy).toEqual(expect.any(String));
    expect(batch.letters.batch?.fileName).toBe("单位介绍信.pdf");
    expect(batch.collectors).toEqual([{ id: agentId, name: "杨帆" }]);
    expect(batch.rows.map((row) => [row.rowNumber, row.name, row.application.status])).toEqual([
      [2, "茶一明", "SUBMITTED"],
      [3, "茶二芳", "SUBMITTED"],
      [4, "茶三强", "SUBMITTED"],
      [5, "茶四丽", "SUBMITTED"],
    ]);
    expect(batch.rows[0]?.application.availableActions).toEqual(
      expect.arrayContaining(["VERIFY_DOCUMENTS", "REFUSE"]),
    );
    const answer = JSON.stringify(batch);
    for (const person of staffOfTheTeaCompany) expect(answer).not.toContain(person.residentId);
    expect(answer).not.toContain(agent.residentId);
    const read = await seeded.database.prisma.auditEvent.findFirst({
      where: { action: "employer-batch.read", actorKind: "STAFF" },
    });
    expect(read?.detail).toMatchObject({ batchId, rows: 4 });
  });

  it("shows the letter of introduction as the PDF its bytes are, and records reading it", async () => {
    const letter = await centre.staff.employerBatches.letter({ batchId, of: "BATCH" });
    expect(letter.contentType).toBe("application/pdf");
    expect(Buffer.from(letter.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect((await centre.staff.employerBatches.letter({ batchId, of: "AGENT" })).sha256).toBe(
      letter.sha256,
    );
    const read = await seeded.database.prisma.auditEvent.findFirst({
      where: { action: "employer-batch.letter-read" },
    });
    expect(read?.detail).toMatchObject({ batchId, of: "BATCH" });
  });

  it("keeps every batch from a service point's clerk", async () => {
    const clerk = (await callerWithSession(seeded.database, { username: "chengguan01" }, testNow))
      .caller;
    expect((await refusalOf(clerk.staff.employerBatches.get({ batchId }))).data.domainCode).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses a single row with its notice, then accepts the rest of the batch at once", async () => {
    const batch = await centre.staff.employerBatches.get({ batchId });
    const second = batch.rows[1]?.application;
    if (!second) throw new Error("no second row");
    await centre.staff.applications.refuse({
      applicationId: second.id,
      version: second.version,
      reason: "DOCUMENTS_INVALID",
    });
    // A double click: two decisions at once approve each row once.
    const [first, again] = await Promise.all([
      centre.staff.employerBatches.decide({ batchId, decision: "ACCEPTED" }),
      centre.staff.employerBatches.decide({ batchId, decision: "ACCEPTED" }),
    ]);
    expect([first.changed, again.changed].sort()).toEqual([0, 3]);
    expect(await statuses()).toEqual(["APPROVED", "REFUSED", "APPROVED", "APPROVED"]);
    const approvals = await seeded.database.prisma.cardApplicationAction.count({
      where: { applicationId: { in: applicationIds }, action: "APPROVE" },
    });
    expect(approvals).toBe(3);
    const refused = (await centre.staff.employerBatches.get({ batchId })).rows[1]?.application;
    expect(refused?.refusal).toEqual({ reason: "DOCUMENTS_INVALID" });
    const queue = await centre.staff.employerBatches.list({ state: "ACCEPTED" });
    expect(queue.items.find((item) => item.id === batchId)?.counts).toMatchObject({
      accepted: 3,
      refused: 1,
      toDecide: 0,
    });
  });

  it("refuses to reject a batch it accepted", async () => {
    const refusal = await refusalOf(
      centre.staff.employerBatches.decide({ batchId, decision: "REJECTED", reason: "介绍信无效" }),
    );
    expect(refusal.data).toMatchObject({
      domainCode: "ACTION_NOT_ALLOWED",
      reason: "BATCH_ALREADY_DECIDED",
    });
  });

  it("moves the accepted cards through production all together, or not at all", async () => {
    // The refused row's projection says APPROVED, its history says REFUSED: the workflow
    // refuses to move it once the row before it has moved, and that move is undone with it.
    const refusedRow = applicationIds[1] ?? "";
    const tamper = (status: "APPROVED" | "REFUSED") =>
      seeded.database.prisma.cardApplication.update({
        where: { id: refusedRow },
        data: { status },
      });
    await tamper("APPROVED");
    const refusal = await refusalOf(
      centre.staff.employerBatches.advance({ batchId, to: "READY_FOR_PICKUP" }),
    );
    expect(refusal.data.domainCode).toBe("ACTION_NOT_ALLOWED");
    expect(await statuses()).toEqual(["APPROVED", "APPROVED", "APPROVED", "APPROVED"]);
    expect(
      await seeded.database.prisma.cardApplicationAction.count({
        where: { applicationId: applicationIds[0], action: "START_PRODUCTION" },
      }),
    ).toBe(0);
    await tamper("REFUSED");

    expect(
      (await centre.staff.employerBatches.advance({ batchId, to: "IN_PRODUCTION" })).changed,
    ).toBe(3);
    const ready = await centre.staff.employerBatches.advance({ batchId, to: "READY_FOR_PICKUP" });
    expect(ready).toMatchObject({ changed: 3, unchanged: 1 });
    expect(
      (await centre.staff.employerBatches.advance({ batchId, to: "READY_FOR_PICKUP" })).changed,
    ).toBe(0);
    expect(await statuses()).toEqual([
      "READY_FOR_PICKUP",
      "REFUSED",
      "READY_FOR_PICKUP",
      "READY_FOR_PICKUP",
    ]);
  });

  it("tells the employee nothing yet: the card waits for the employer, not for them", async () => {
    const texts = await readOutbox(seeded.database, staffOfTheTeaCompany[0]?.phone ?? "");
    expect(texts.map((text) => text.templateId)).toContain("APPLICATION_APPROVED");
    expect(texts.map((text) => text.templateId)).not.toContain("APPLICATION_READY_FOR_PICKUP");
  });

  it("prints the hand-over list of the ready cards, with their numbers", async () => {
    const list = await centre.staff.employerBatches.handOverList({ batchId });
    expect(list.employer.name).toBe("云溪县青山茶业有限公司");
    expect(list.collectors).toEqual([{ id: agentId, name: "杨帆" }]);
    expect(list.rows.map((row) => row.name)).toEqual(["茶一明", "茶三强", "茶四丽"]);
    expect(list.rows[0]?.maskedResidentId).toBe(
      maskResidentId(staffOfTheTeaCompany[0]?.residentId ?? ""),
    );
    const numbers = list.rows.map((row) => row.cardNumber);
    expect(numbers.every((number) => /^Y\d{8}$/.test(number ?? ""))).toBe(true);
    expect(new Set(numbers).size).toBe(3);
  });

  it("records the collection only by an authorised agent of that employer, once", async () => {
    const other = await createSubmittedEmployerBatch(seeded.database, {
      submittedAt: yesterday,
      employerCreditCode: logisticsCompany,
      agent: {
        name: "物流经办",
        residentId: `53012519800101001${residentIdCheckCharacter("53012519800101001")}`,
        authorisedFrom: "2026-01-01",
        authorisedUntil: "2026-12-31",
      },
      employees: [employee("物流一", "53012519940705055", "13800530005")],
    });
    const expired = await createSubmittedEmployerBatch(seeded.database, {
      submittedAt: yesterday,
      employerCreditCode: teaCompany,
      agent: {
        name: "过期经办",
        residentId: `53012519810202002${residentIdCheckCharacter("53012519810202002")}`,
        authorisedFrom: "2025-01-01",
        authorisedUntil: "2025-12-31",
      },
      employees: [employee("茶五", "53012519950806066", "13800530006")],
    });
    for (const stranger of [other.agentId, expired.agentId]) {
      const refusal = await refusalOf(
        centre.staff.employerBatches.recordCollection({ batchId, agentId: stranger }),
      );
      expect(refusal.data).toMatchObject({
        domainCode: "ACTION_NOT_ALLOWED",
        reason: "AGENT_NOT_AUTHORISED",
      });
    }
    expect(await statuses()).toContain("READY_FOR_PICKUP");

    expect(await centre.staff.employerBatches.recordCollection({ batchId, agentId })).toMatchObject(
      { changed: 3 },
    );
    expect(
      (await centre.staff.employerBatches.recordCollection({ batchId, agentId })).changed,
    ).toBe(0);
    expect(await statuses()).toEqual([
      "WITH_EMPLOYER",
      "REFUSED",
      "WITH_EMPLOYER",
      "WITH_EMPLOYER",
    ]);
    const collected = await seeded.database.prisma.cardApplicationAction.findFirst({
      where: { applicationId: applicationIds[0], action: "EMPLOYER_COLLECT" },
    });
    expect(collected?.detail).toMatchObject({ agentId });
    const texts = await readOutbox(seeded.database, staffOfTheTeaCompany[0]?.phone ?? "");
    const withEmployer = texts.filter((text) => text.templateId === "APPLICATION_WITH_EMPLOYER");
    expect(withEmployer).toHaveLength(1);
    // The card is not the employee's yet: it becomes active when the employer hands it out.
    expect(
      await seeded.database.prisma.card.count({ where: { applicationId: applicationIds[0] } }),
    ).toBe(0);
    const view = await centre.staff.applications.get({ applicationId: applicationIds[0] ?? "" });
    expect(view.status).toBe("WITH_EMPLOYER");
    expect(view.availableActions).toEqual([]);
    logistics = { agentId: other.agentId, employerId: other.employerId };
  });

  it("lets the employer's agent hand a card to its employee, which makes it theirs, and no other employer", async () => {
    const teaEmployer = (
      await seeded.database.prisma.employer.findUniqueOrThrow({ where: { creditCode: teaCompany } })
    ).id;
    const first = applicationIds[0] ?? "";
    const row = await seeded.database.prisma.cardApplication.findUniqueOrThrow({
      where: { id: first },
    });
    const stranger = asAgent(logistics);
    await expect(
      handOutEmployerCard(stranger, { applicationId: first, version: row.version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The agent's list of cards to hand out holds its own employer's, masked; the other's none.
    const toHandOut = await listCardsToHandOut(asAgent({ agentId, employerId: teaEmployer }));
    expect(toHandOut.items.map((item) => item.applicationId)).toContain(first);
    expect(toHandOut.items.every((item) => item.status === "WITH_EMPLOYER")).toBe(true);
    expect(toHandOut.items[0]?.maskedResidentId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    // Each with the number printed on the card, the one on the centre's hand-over list.
    const printed = await centre.staff.employerBatches.get({ batchId });
    expect(toHandOut.items.find((item) => item.applicationId === first)?.cardNumber).toBe(
      printed.rows.find((entry) => entry.application.id === first)?.application.cardNumber,
    );
    expect(toHandOut.items.every((item) => /^Y\d{8}$/.test(item.cardNumber ?? ""))).toBe(true);
    expect((await listCardsToHandOut(stranger)).items).toEqual([]);
    const handedOut = await handOutEmployerCard(asAgent({ agentId, employerId: teaEmployer }), {
      applicationId: first,
      version: row.version,
    });
    expect(handedOut.status).toBe("COLLECTED");
    const list = await centre.staff.employerBatches.get({ batchId });
    // The card is the one printed on the hand-over list, and now the employee's.
    expect(handedOut.cardNumber).toBe(list.rows[0]?.application.cardNumber);
    expect(
      await seeded.database.prisma.card.findUnique({ where: { applicationId: first } }),
    ).toMatchObject({ status: "ACTIVE", number: handedOut.cardNumber });
    const action = await seeded.database.prisma.cardApplicationAction.findFirst({
      where: { applicationId: first, action: "EMPLOYER_HAND_OUT" },
    });
    expect(action).toMatchObject({ actorKind: "EMPLOYER", actorId: agentId });
    await expect(
      handOutEmployerCard(asAgent({ agentId, employerId: teaEmployer }), {
        applicationId: first,
        version: handedOut.version,
      }),
    ).rejects.toMatchObject({ code: "ACTION_NOT_ALLOWED" });
    expect(list.counts).toMatchObject({ collected: 1, withEmployer: 2 });
  });

  it("sends a card the employer did not hand out in time down the uncollected-card path", async () => {
    const row = await seeded.database.prisma.cardApplication.findUniqueOrThrow({
      where: { id: applicationIds[2] },
    });
    const pickupBy = row.pickupBy?.toISOString().slice(0, 10) ?? "";
    const dayAfter = isoDateOfEpochDay(epochDayOf(pickupBy) + 1);
    const job = systemContext(
      seeded.database,
      new Date(`${dayAfter}T01:00:00.000Z`),
      "cards.expire-pickup",
    );
    expect((await expirePickup(job)).recorded).toBeGreaterThanOrEqual(2);
    expect(await statuses()).toEqual(["COLLECTED", "REFUSED", "UNCOLLECTED", "UNCOLLECTED"]);
    const later = (
      await callerWithSession(
        seeded.database,
        { username: "centre01" },
        new Date(`${dayAfter}T02:00:00.000Z`),
      )
    ).caller;
    // The employer still holds it: the counter may only record it brought back.
    const view = await later.staff.applications.get({ applicationId: applicationIds[2] ?? "" });
    expect(view.availableActions).toEqual(["RETURN_TO_CENTRE"]);
  });

  it("rejects a whole batch with one notice every employee reads, and never one with an approved row", async () => {
    const people = [
      employee("驳一", "53012519960907077", "13800530007"),
      employee("驳二", "53012519971008088", "13800530008"),
    ];
    const rejected = await createSubmittedEmployerBatch(seeded.database, {
      submittedAt: yesterday,
      employerCreditCode: teaCompany,
      agent,
      employees: people,
    });
    await centre.staff.employerBatches.decide({
      batchId: rejected.batchId,
      decision: "REJECTED",
      reason: "介绍信未加盖单位公章",
      remedy: "请重新开具加盖公章的单位介绍信后再提交。",
    });
    expect(await statuses(rejected.applicationIds)).toEqual(["REFUSED", "REFUSED"]);
    const batch = await centre.staff.employerBatches.get({ batchId: rejected.batchId });
    const notice = {
      reason: "OTHER",
      text: "介绍信未加盖单位公章",
      remedy: "请重新开具加盖公章的单位介绍信后再提交。",
    };
    expect(batch.decision?.refusal).toEqual(notice);
    expect(batch.rows.map((row) => row.application.refusal)).toEqual([notice, notice]);
    expect(
      (await centre.staff.employerBatches.list({ state: "REJECTED" })).items.map((item) => item.id),
    ).toEqual([rejected.batchId]);

    const mixed = await createSubmittedEmployerBatch(seeded.database, {
      submittedAt: yesterday,
      employerCreditCode: teaCompany,
      agent,
      employees: [
        employee("混一", "53012519981109099", "13800530009"),
        employee("混二", "53012519991210101", "13800530010"),
      ],
    });
    let view = await centre.staff.applications.get({
      applicationId: mixed.applicationIds[0] ?? "",
    });
    view = await centre.staff.applications.verify({
      applicationId: view.id,
      version: view.version,
      insured: true,
    });
    await centre.staff.applications.approve({ applicationId: view.id, version: view.version });
    const refusal = await refusalOf(
      centre.staff.employerBatches.decide({
        batchId: mixed.batchId,
        decision: "REJECTED",
        reason: "DOCUMENTS_INVALID",
      }),
    );
    expect(refusal.data.reason).toBe("BATCH_ROWS_APPROVED");
    expect(await statuses(mixed.applicationIds)).toEqual(["APPROVED", "SUBMITTED"]);
  });
});
