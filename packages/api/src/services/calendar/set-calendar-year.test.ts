import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { chinaToday, residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const photo = demoPhotoJpeg().toString("base64");
/** 10:00 in China on `date`. */
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

/** A 2027 notice as the administrator types it (test data, shaped like the real one). */
const notice2027 = {
  year: 2027,
  notice: "国务院办公厅关于2027年部分节假日安排的通知（测试数据）",
  holidays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-01-02", name: "元旦" },
    { date: "2027-01-03", name: "元旦" },
    { date: "2027-02-05", name: "春节" },
  ],
  makeUpWorkdays: [{ date: "2027-01-31", name: "春节" }],
};

describe.each(testDatabaseKinds())("staff.calendar.setYear on %s", (kind) => {
  let seeded: Seeded;
  /** Registered on Wednesday 30 December 2026: due Monday 4 January until 2027 is entered. */
  let crossing: { id: string; residentId: string };
  /** Registered on Wednesday 6 January 2027: due Monday 11 January either way. */
  let unchanged: { id: string };
  /** Registered on Monday 21 December 2026: due Thursday 24, all in 2026. */
  let settled: { id: string; version: number };

  async function register(serial: number, date: string) {
    const { prisma, protector } = seeded.database;
    const first17 = `53012519800404${serial}`;
    const residentId = first17 + residentIdCheckCharacter(first17);
    await prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: `日历测试${serial}`,
        sex: "M",
        birthDate: new Date("1980-04-04T00:00:00Z"),
      },
    });
    const { caller } = await callerWithSession(
      seeded.database,
      { username: "chengguan01" },
      at(date),
    );
    const view = await caller.staff.applications.register({
      channel: "SERVICE_POINT",
      residentId,
      phone: "13608870562",
      photo,
    });
    return { ...view, residentId };
  }

  const admin = (date: string) =>
    callerWithSession(seeded.database, { username: "admin01" }, at(date)).then((c) => c.caller);
  const clerk = (date: string) =>
    callerWithSession(seeded.database, { username: "chengguan01" }, at(date)).then((c) => c.caller);

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    crossing = await register(101, "2026-12-30");
    unchanged = await register(103, "2027-01-06");
    settled = await register(105, "2026-12-21");
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("dates across New Year provisionally while 2027 is missing, and warns from 1 November", async () => {
    const view = await (await clerk("2027-01-06")).staff.applications.get({
      applicationId: crossing.id,
    });
    expect(view).toMatchObject({ dueDate: "2027-01-04", dueDateProvisional: true });
    expect(settled).toMatchObject({ dueDate: "2026-12-24", dueDateProvisional: false });
    const status = await (await admin(chinaToday(testNow))).staff.calendar.status();
    expect(status.missingYear).toBe(2027);
    expect(status.years.map((entry) => entry.year)).toEqual([2026]);
    expect(await (await admin("2027-01-07")).staff.calendar.get({ year: 2027 })).toEqual({
      year: 2027,
      entered: false,
      holidays: [],
      makeUpWorkdays: [],
      notice: "",
    });
  });

  it("refuses an inconsistent year with every problem at its row, and changes nothing", async () => {
    const caller = await admin("2027-01-07");
    const refusal = await refusalOf(
      caller.staff.calendar.setYear({
        ...notice2027,
        notice: "  ",
        // Friday 8 January is a working day already; 1 January cannot be both.
        makeUpWorkdays: [
          { date: "2027-01-08", name: "元旦" },
          { date: "2027-01-01", name: "元旦" },
        ],
      }),
    );
    expect(refusal.data.domainCode).toBe("VALIDATION_FAILED");
    expect(refusal.data.issues).toEqual([
      { path: ["makeUpWorkdays", "0", "date"], code: "MAKE_UP_DAY_ON_WEEKDAY" },
      { path: ["makeUpWorkdays", "1", "date"], code: "MAKE_UP_DAY_ON_WEEKDAY" },
      { path: ["holidays", "0", "date"], code: "HOLIDAY_ON_MAKE_UP_DAY" },
      { path: ["makeUpWorkdays", "1", "date"], code: "HOLIDAY_ON_MAKE_UP_DAY" },
      { path: ["notice"], code: "NOTICE_EMPTY" },
    ]);
    expect((await caller.staff.calendar.get({ year: 2027 })).entered).toBe(false);
    expect(await seeded.database.prisma.workingCalendarYear.count()).toBe(1);
  });

  it("enters the year, records the new due date on each application it moves, and audits it", async () => {
    const caller = await admin("2027-01-07");
    const saved = await caller.staff.calendar.setYear(notice2027);
    expect(saved).toMatchObject({ year: 2027, entered: true, redatedApplications: 1 });
    expect(await caller.staff.calendar.get({ year: 2027 })).toEqual({
      year: 2027,
      entered: true,
      holidays: notice2027.holidays,
      makeUpWorkdays: notice2027.makeUpWorkdays,
      notice: notice2027.notice,
    });

    // 1–3 January are holidays now: Monday 4 and Tuesday 5 January are the 2nd and 3rd days.
    const counter = await clerk("2027-01-07");
    const moved = await counter.staff.applications.get({ applicationId: crossing.id });
    expect(moved).toMatchObject({ dueDate: "2027-01-05", dueDateProvisional: false });
    const { items } = await counter.staff.applications.queue({
      queue: "ALL_OPEN",
      search: crossing.residentId,
      limit: 10,
    });
    expect(items).toMatchObject([
      { id: crossing.id, dueDate: "2027-01-05", dueDateProvisional: false },
    ]);
    expect(await counter.staff.applications.get({ applicationId: unchanged.id })).toMatchObject({
      dueDate: "2027-01-11",
      dueDateProvisional: false,
    });

    const { prisma } = seeded.database;
    const actions = await prisma.cardApplicationAction.findMany({
      where: { action: "DUE_DATE_CHANGED" },
    });
    expect(actions).toMatchObject([
      {
        applicationId: crossing.id,
        actorKind: "SYSTEM",
        actorId: "calendar.set-year",
        detail: { from: "2027-01-04", to: "2027-01-05", calendarYear: 2027 },
      },
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "calendar.year-set" },
    });
    expect(audit).toMatchObject({ actorRole: "ADMINISTRATOR", result: "SUCCEEDED" });
    expect(audit.detail).toMatchObject({ year: 2027, holidays: 4, makeUpWorkdays: 1 });
    expect(
      await prisma.workingCalendarYear.findUniqueOrThrow({ where: { year: 2027 } }),
    ).toMatchObject({ notice: notice2027.notice, enteredById: expect.any(String) });
    // The applicant is told in their inbox.
    const person = await prisma.cardApplication.findUniqueOrThrow({
      where: { id: crossing.id },
      select: { personId: true },
    });
    const told = await prisma.citizenNotification.findMany({
      where: { personId: person.personId, topic: "DUE_DATE_CHANGED" },
    });
    expect(told).toHaveLength(1);

    expect((await caller.staff.calendar.status()).missingYear).toBeNull();
  });

  it("moves nothing when the same notice is entered again, and leaves 2026's dates alone", async () => {
    const caller = await admin("2027-01-07");
    expect(await caller.staff.calendar.setYear(notice2027)).toMatchObject({
      redatedApplications: 0,
    });
    const { prisma } = seeded.database;
    expect(
      await prisma.cardApplicationAction.count({ where: { action: "DUE_DATE_CHANGED" } }),
    ).toBe(1);
    const row = await prisma.cardApplication.findUniqueOrThrow({ where: { id: settled.id } });
    expect(row.version).toBe(settled.version);
  });

  it("takes a corrected notice: the year's days are replaced and the dates follow", async () => {
    const caller = await admin("2027-01-07");
    // The notice corrected: 4 January is a holiday too (test data only).
    const corrected = {
      ...notice2027,
      holidays: [...notice2027.holidays, { date: "2027-01-04", name: "元旦" }],
    };
    expect(await caller.staff.calendar.setYear(corrected)).toMatchObject({
      redatedApplications: 1,
    });
    const counter = await clerk("2027-01-07");
    expect((await counter.staff.applications.get({ applicationId: crossing.id })).dueDate).toBe(
      "2027-01-06",
    );
    expect((await counter.staff.applications.get({ applicationId: unchanged.id })).dueDate).toBe(
      "2027-01-11",
    );
    expect((await caller.staff.calendar.get({ year: 2027 })).holidays).toHaveLength(5);
  });
});
