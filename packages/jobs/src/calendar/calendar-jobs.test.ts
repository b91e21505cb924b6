import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarYearReminder } from "./calendar-jobs";

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("the calendar.year-missing-reminder job on %s", (kind) => {
  let test: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    const { prisma } = test.database;
    await prisma.workingCalendarYear.create({
      data: { year: 2026, notice: "国办发明电〔2025〕7号", enteredAt: at("2025-11-04T02:00:00Z") },
    });
    const point = await prisma.servicePoint.create({
      data: { code: "CENTRE", name: "县医保中心", kind: "COUNTY_CENTRE", address: "测试路1号" },
    });
    const staff = [
      { username: "admin.a", role: "ADMINISTRATOR", active: true },
      { username: "admin.b", role: "ADMINISTRATOR", active: true },
      { username: "admin.gone", role: "ADMINISTRATOR", active: false },
      { username: "clerk.a", role: "COUNTY_CENTRE_CLERK", active: true },
    ] as const;
    for (const user of staff) {
      const created = await prisma.staffUser.create({
        data: {
          ...user,
          displayName: user.username,
          servicePointId: point.id,
          passwordHash: "not-a-real-hash",
          passwordChangedAt: at("2026-01-01T00:00:00Z"),
        },
      });
      ids[user.username] = created.id;
    }
  });
  afterAll(async () => {
    await test?.drop();
  });

  const inboxes = () =>
    test.database.prisma.staffNotification.findMany({
      select: { staffUserId: true, topic: true, facts: true },
      orderBy: { createdAt: "asc" },
    });

  it("sends nothing on 31 October (China time) while next year is still to come", async () => {
    // 23:59 on 31 October in China.
    const now = at("2026-10-31T15:59:00Z");
    expect(await calendarYearReminder.run({ database: test.database, now })).toEqual({
      notified: 0,
    });
    expect(await inboxes()).toEqual([]);
  });

  it("tells every active administrator once a day from 1 November, however often it runs", async () => {
    const database = test.database;
    const now = at("2026-11-01T00:30:00Z");
    expect(await calendarYearReminder.run({ database, now })).toEqual({ notified: 2 });
    expect(await calendarYearReminder.run({ database, now })).toEqual({ notified: 0 });
    const later = at("2026-11-01T09:00:00Z");
    expect(await calendarYearReminder.run({ database, now: later })).toEqual({ notified: 0 });
    const received = await inboxes();
    expect(received.map((row) => row.staffUserId).sort()).toEqual(
      [ids["admin.a"], ids["admin.b"]].sort(),
    );
    expect(received.every((row) => row.topic === "CALENDAR_YEAR_MISSING")).toBe(true);
    expect(received[0]?.facts).toEqual({ year: 2027 });

    // The next morning, one more each.
    expect(await calendarYearReminder.run({ database, now: at("2026-11-02T00:30:00Z") })).toEqual({
      notified: 2,
    });
  });

  it("stops once next year is entered", async () => {
    await test.database.prisma.workingCalendarYear.create({
      data: { year: 2027, notice: "测试通知", enteredAt: at("2026-11-02T03:00:00Z") },
    });
    expect(
      await calendarYearReminder.run({ database: test.database, now: at("2026-11-03T00:30:00Z") }),
    ).toEqual({ notified: 0 });
    expect(await inboxes()).toHaveLength(4);
  });
});
