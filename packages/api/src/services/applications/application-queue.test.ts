import { calendar2026, demoPhotoJpeg, seedWorkingCalendar } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import {
  chinaToday,
  createCoveredWorkingCalendar,
  isDueToday,
  isOverdue,
  residentIdCheckCharacter,
  statusesOnTheClock,
  workingDaysLeft,
} from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;
type Caller = Awaited<ReturnType<typeof callerWithSession>>["caller"];
type Queue = Parameters<Caller["staff"]["applications"]["queue"]>[0]["queue"];

const photo = demoPhotoJpeg().toString("base64");
/** 10:00 in China on `date`. */
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);
const today = chinaToday(testNow);
const calendar = createCoveredWorkingCalendar({
  holidays: calendar2026.filter((day) => day.kind === "HOLIDAY").map((day) => day.date),
  makeUpWorkdays: calendar2026
    .filter((day) => day.kind === "MAKE_UP_WORKDAY")
    .map((day) => day.date),
  coveredYears: [2026],
});

/**
 * The queue's own service point and clerk, so that the demo county's applications stay out of
 * the lists. Each application is registered on `submitted`, then taken through `steps` that day.
 */
const point = "SP-QUEUE-TEST";
const cases = {
  overdueSubmitted: { name: "欧阳一", submitted: "2026-11-16", steps: [] },
  overdueApproved: { name: "司马一", submitted: "2026-11-17", steps: ["verify", "approve"] },
  needsMaterials: { name: "司马二", submitted: "2026-11-18", steps: ["requestMaterials"] },
  ready: {
    name: "司马三",
    submitted: "2026-11-19",
    steps: ["verify", "approve", "startProduction", "markReady"],
  },
  dueToday: { name: "司马四", submitted: "2026-11-20", steps: [] },
  dueMonday: { name: "欧阳二", submitted: "2026-11-25", steps: [] },
  alsoDueMonday: { name: "司马五", submitted: "2026-11-25", steps: [] },
  refused: { name: "司马六", submitted: "2026-11-24", steps: ["refuse"] },
} as const;
type Case = keyof typeof cases;
/** Someone who applies at a service point on Wednesday 2026-12-30. */
const yearEndResidentId = `53012519790303901${residentIdCheckCharacter("53012519790303901")}`;

describe.each(testDatabaseKinds())("staff.applications.queue on %s", (kind) => {
  let seeded: Seeded;
  let clerk: Caller;
  let centre: Caller;
  const ids = {} as Record<Case, string>;
  const residentIds = {} as Record<Case, string>;
  const dueDates = {} as Record<Case, string>;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma, protector } = seeded.database;
    const servicePoint = await prisma.servicePoint.create({
      data: { code: point, name: "队列测试服务点", kind: "SERVICE_POINT", address: "测试路1号" },
    });
    await prisma.staffUser.create({
      data: {
        username: "queue.clerk",
        displayName: "队列测试",
        role: "SERVICE_POINT_CLERK",
        servicePointId: servicePoint.id,
        passwordHash: "not-a-real-hash",
        passwordChangedAt: testNow,
      },
    });
    let serial = 101;
    for (const [key, { name, submitted, steps }] of Object.entries(cases) as [
      Case,
      (typeof cases)[Case],
    ][]) {
      const first17 = `53012519790303${serial}`;
      serial += 2;
      const residentId = first17 + residentIdCheckCharacter(first17);
      await prisma.person.create({
        data: {
          residentIdIndex: protector.residentIdIndex(residentId),
          residentIdSealed: protector.seal(residentId, "person.resident-id"),
          name,
          sex: "M",
          birthDate: new Date("1979-03-03T00:00:00Z"),
        },
      });
      const { caller } = await callerWithSession(
        seeded.database,
        { username: "queue.clerk" },
        at(submitted),
      );
      let view = await caller.staff.applications.register({
        channel: "SERVICE_POINT",
        residentId,
        phone: "13608870562",
        photo,
      });
      for (const step of steps) {
        const target = { applicationId: view.id, version: view.version };
        view =
          step === "verify"
            ? await caller.staff.applications.verify({ ...target, insured: true })
            : step === "requestMaterials"
              ? await caller.staff.applications.requestMaterials({ ...target, missing: ["PHOTO"] })
              : step === "refuse"
                ? await caller.staff.applications.refuse({ ...target, reason: "不符合条件" })
                : await caller.staff.applications[step](target);
      }
      ids[key] = view.id;
      residentIds[key] = residentId;
      dueDates[key] = view.dueDate;
    }
    clerk = (await callerWithSession(seeded.database, { username: "queue.clerk" }, testNow)).caller;
    centre = (await callerWithSession(seeded.database, { username: "centre01" }, testNow)).caller;
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  /** The cases in the order a queue must list them: by due date, then by id. */
  const inQueueOrder = (...keys: Case[]) =>
    keys
      .map((key) => ({ id: ids[key], due: dueDates[key] }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id))
      .map((entry) => entry.id);

  const idsIn = async (queue: Queue, by: Caller = clerk) =>
    (await by.staff.applications.queue({ queue, limit: 100, servicePointCode: point })).items.map(
      (item) => item.id,
    );

  it("counts due dates in working days from each submission", () => {
    expect(dueDates).toEqual({
      overdueSubmitted: "2026-11-19",
      overdueApproved: "2026-11-20",
      needsMaterials: "2026-11-23",
      ready: "2026-11-24",
      dueToday: "2026-11-25",
      dueMonday: "2026-11-30",
      alsoDueMonday: "2026-11-30",
      refused: "2026-11-27",
    });
  });

  it("holds in each queue exactly its applications, soonest due first, then by id", async () => {
    expect(await idsIn("TO_VERIFY")).toEqual(
      inQueueOrder("overdueSubmitted", "dueToday", "dueMonday", "alsoDueMonday"),
    );
    expect(await idsIn("NEEDS_MATERIALS")).toEqual([ids.needsMaterials]);
    expect(await idsIn("TO_PRODUCE")).toEqual([ids.overdueApproved]);
    expect(await idsIn("READY_FOR_PICKUP")).toEqual([ids.ready]);
    // Past due and still the office's work: not waiting on the applicant, not ready to collect.
    expect(await idsIn("OVERDUE")).toEqual(inQueueOrder("overdueSubmitted", "overdueApproved"));
    const allOpen = inQueueOrder(
      "overdueSubmitted",
      "overdueApproved",
      "needsMaterials",
      "ready",
      "dueToday",
      "dueMonday",
      "alsoDueMonday",
    );
    expect(await idsIn("ALL_OPEN")).toEqual(allOpen);
    expect(await idsIn("ALL_OPEN", centre)).toEqual(allOpen);
  });

  it("counts what each queue holds", async () => {
    expect(await clerk.staff.applications.counts({})).toEqual({
      TO_VERIFY: 4,
      NEEDS_MATERIALS: 1,
      TO_PRODUCE: 1,
      READY_FOR_PICKUP: 1,
      OVERDUE: 2,
      ESCALATED: 0,
      RECALL: 0,
      ALL_OPEN: 7,
    });
  });

  it("walks every open application exactly once, two at a time", async () => {
    const walked: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await clerk.staff.applications.queue({ queue: "ALL_OPEN", limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(walked).toEqual(await idsIn("ALL_OPEN"));
    expect(pages).toBe(4);
  });

  it("finds a person by full resident ID or by the start of the name, nothing else", async () => {
    const search = async (text: string) =>
      (
        await clerk.staff.applications.queue({ queue: "ALL_OPEN", search: text, limit: 100 })
      ).items.map((item) => item.id);
    expect(await search(residentIds.dueMonday)).toEqual([ids.dueMonday]);
    expect(await search("欧阳")).toEqual(inQueueOrder("overdueSubmitted", "dueMonday"));
    expect(await search("阳")).toEqual([]);
    expect(await search("%")).toEqual([]);
    expect(await search(residentIds.dueMonday.slice(0, 10))).toEqual([]);
  });

  it("flags each item as the domain's working-day functions say", async () => {
    const { items } = await clerk.staff.applications.queue({ queue: "ALL_OPEN", limit: 100 });
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(ids.overdueSubmitted)).toMatchObject({
      workingDaysLeft: -4,
      overdue: true,
      dueToday: false,
    });
    expect(byId.get(ids.dueToday)).toMatchObject({
      workingDaysLeft: 0,
      overdue: false,
      dueToday: true,
    });
    expect(byId.get(ids.dueMonday)).toMatchObject({ workingDaysLeft: 3, overdue: false });
    // Past its date, but the applicant holds it: not the office's lateness.
    expect(byId.get(ids.needsMaterials)).toMatchObject({ workingDaysLeft: -2, overdue: false });
    for (const item of items) {
      expect(item.workingDaysLeft, item.reference).toBe(
        workingDaysLeft(item.dueDate, today, calendar),
      );
      expect(item.dueToday, item.reference).toBe(isDueToday(item.dueDate, today));
      expect(item.overdue, item.reference).toBe(
        isOverdue(item.dueDate, today) &&
          (statusesOnTheClock as readonly string[]).includes(item.status),
      );
      expect(item.servicePoint.code).toBe(point);
      expect(item.maskedResidentId).not.toMatch(/^\d{18}$/);
    }
  });

  it("dates an application of 2026-12-30 provisionally to 2027-01-04, a year with no calendar yet", async () => {
    const residentId = yearEndResidentId;
    await seeded.database.prisma.person.create({
      data: {
        residentIdIndex: seeded.database.protector.residentIdIndex(residentId),
        residentIdSealed: seeded.database.protector.seal(residentId, "person.resident-id"),
        name: "年末",
        sex: "M",
        birthDate: new Date("1979-03-03T00:00:00Z"),
      },
    });
    const { caller } = await callerWithSession(
      seeded.database,
      { username: "chengguan01" },
      at("2026-12-30"),
    );
    const view = await caller.staff.applications.register({
      channel: "SERVICE_POINT",
      residentId,
      phone: "13608870562",
      photo,
    });
    expect(view).toMatchObject({ dueDate: "2027-01-04", dueDateProvisional: true });
    const { items } = await caller.staff.applications.queue({
      queue: "TO_VERIFY",
      search: residentId,
      limit: 10,
    });
    expect(items).toMatchObject([{ id: view.id, dueDate: "2027-01-04", dueDateProvisional: true }]);
  });

  it("settles the provisional due date once 2027's notice is entered, in the queue as in the application", async () => {
    // A notice for 2027 (New Year's Day a holiday): Thu 31, Mon 4, Tue 5.
    await seedWorkingCalendar(seeded.database.prisma, [
      { date: "2027-01-01", kind: "HOLIDAY", name: "元旦", notice: "测试通知" },
    ]);
    const { items } = await centre.staff.applications.queue({
      queue: "TO_VERIFY",
      search: yearEndResidentId,
      limit: 10,
    });
    const settled = await centre.staff.applications.get({ applicationId: items[0]?.id ?? "" });
    expect(settled).toMatchObject({ dueDate: "2027-01-05", dueDateProvisional: false });
    expect(items).toMatchObject([{ dueDate: "2027-01-05", dueDateProvisional: false }]);
  });
});
