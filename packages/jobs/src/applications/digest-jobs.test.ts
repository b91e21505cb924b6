import { seedDemoData } from "@yibao/db";
import { createTestDatabase, type TestDatabase, testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { morningDigest } from "./digest-jobs";

// Wednesday 25 November 2026, 08:00 in China: when the schedule runs it.
const wednesdayMorning = new Date("2026-11-25T00:00:00.000Z");

describe.each(testDatabaseKinds())("the morning digest job on %s", (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    await seedDemoData(test.database, { now: wednesdayMorning });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it("runs at 08:00 China time, midnight UTC", () => {
    expect(morningDigest.schedule).toBe("0 0 * * *");
  });

  it("writes one digest to each counter clerk on a working morning, however often it runs", async () => {
    const { database } = test;
    const first = await morningDigest.run({ database, now: wednesdayMorning });
    // The demo county's clerks: 城关 and 桃源 service points and the county centre.
    expect(first).toEqual({ workingDay: 1, recipients: 3, written: 3 });
    const again = await morningDigest.run({
      database,
      now: new Date(wednesdayMorning.getTime() + 5 * 60_000),
    });
    expect(again).toEqual({ workingDay: 1, recipients: 3, written: 0 });
    const messages = await database.prisma.staffNotification.findMany({
      select: { staffUser: { select: { username: true } }, dedupeKey: true, topic: true },
      orderBy: { staffUser: { username: "asc" } },
    });
    expect(messages.map((message) => [message.staffUser.username, message.topic])).toEqual([
      ["centre01", "MORNING_DIGEST"],
      ["chengguan01", "MORNING_DIGEST"],
      ["taoyuan01", "MORNING_DIGEST"],
    ]);
    for (const message of messages) expect(message.dedupeKey).toMatch(/^digest:2026-11-25:/);
  });

  it("sends nothing on Sunday", async () => {
    const sunday = new Date("2026-11-29T00:00:00.000Z");
    expect(await morningDigest.run({ database: test.database, now: sunday })).toEqual({
      workingDay: 0,
      recipients: 0,
      written: 0,
    });
  });
});
