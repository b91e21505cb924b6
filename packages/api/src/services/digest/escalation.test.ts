import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import { chinaTime, createCounterCase, createInsured } from "../dashboard/counter-cases.fixture";
import { systemContext } from "../system-context";
import { sendMorningDigest } from "./send-morning-digest";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const point = "SP-ESC-TEST";

describe.each(testDatabaseKinds())("escalation and the morning digest on %s", (kind) => {
  let seeded: Seeded;
  const ids = { overdue: "", dueToday: "", toEscalate: "", ready: "" };

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma } = seeded.database;
    const servicePoint = await prisma.servicePoint.create({
      data: { code: point, name: "督办测试服务点", kind: "SERVICE_POINT", address: "测试路4号" },
    });
    for (const [username, active] of [
      ["esc.clerk", true],
      ["esc.retired", false],
    ] as const) {
      await prisma.staffUser.create({
        data: {
          username,
          displayName: "督办测试",
          role: "SERVICE_POINT_CLERK",
          servicePointId: servicePoint.id,
          passwordHash: "x",
          passwordChangedAt: testNow,
          active,
        },
      });
    }
    const register = async (name: string, serial: number, submitted: string, ready = false) =>
      (
        await createCounterCase(
          seeded.database,
          await createInsured(seeded.database, name, serial),
          {
            clerk: "esc.clerk",
            name,
            submittedAt: chinaTime(submitted),
            steps: ready
              ? (["verify", "approve", "startProduction", "markReady"] as const).map((step) => ({
                  step,
                  at: chinaTime(submitted),
                }))
              : [],
          },
        )
      ).id;
    // Due Thu 19th (overdue), due today, due Fri 27th, and one ready for pickup.
    ids.overdue = await register("督甲", 101, "2026-11-16");
    ids.dueToday = await register("督乙", 102, "2026-11-20");
    ids.toEscalate = await register("督丙", 103, "2026-11-24");
    ids.ready = await register("督丁", 104, "2026-11-23", true);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const callerOf = async (username: string) =>
    (await callerWithSession(seeded.database, { username }, testNow)).caller;
  const escalatedIds = async (username: string) =>
    (
      await (await callerOf(username)).staff.applications.queue({ queue: "ESCALATED", limit: 100 })
    ).items.map((item) => item.id);

  it("records an escalation by hand, which puts the application in the county centre's queue", async () => {
    const clerk = await callerOf("esc.clerk");
    const before = await clerk.staff.applications.get({ applicationId: ids.toEscalate });
    expect(before.availableActions).toContain("ESCALATE");
    const after = await clerk.staff.applications.escalate({
      applicationId: ids.toEscalate,
      version: before.version,
      reason: "COMPLAINT",
      note: "申请人来电催办",
    });
    // Escalating changes nothing of where it stands; the timeline records it.
    expect(after.status).toBe("SUBMITTED");
    expect(after.timeline.at(-1)).toMatchObject({ action: "ESCALATE", status: "SUBMITTED" });
    const action = await seeded.database.prisma.cardApplicationAction.findFirstOrThrow({
      where: { applicationId: ids.toEscalate, action: "ESCALATE" },
    });
    expect(action.detail).toMatchObject({ reason: "COMPLAINT", note: "申请人来电催办" });
    const audit = await seeded.database.prisma.auditEvent.count({
      where: {
        action: "application.action-recorded",
        detail: { path: ["type"], equals: "ESCALATE" },
      },
    });
    expect(audit).toBe(1);

    expect(await escalatedIds("centre01")).toContain(ids.toEscalate);
    expect(await escalatedIds("taoyuan01")).not.toContain(ids.toEscalate);
  });

  it("refuses an escalation without a note, and of a card that is already ready", async () => {
    const clerk = await callerOf("esc.clerk");
    const overdue = await clerk.staff.applications.get({ applicationId: ids.overdue });
    const noNote = await refusalOf(
      clerk.staff.applications.escalate({
        applicationId: ids.overdue,
        version: overdue.version,
        reason: "OVERDUE",
        note: "  ",
      }),
    );
    expect(noNote.data.domainCode).toBe("VALIDATION_FAILED");
    const ready = await clerk.staff.applications.get({ applicationId: ids.ready });
    expect(ready.availableActions).not.toContain("ESCALATE");
    const refused = await refusalOf(
      clerk.staff.applications.escalate({
        applicationId: ids.ready,
        version: ready.version,
        reason: "OVERDUE",
        note: "已制好仍催办",
      }),
    );
    expect(refused.data.domainCode).toBe("ACTION_NOT_ALLOWED");
  });

  it("sends each active clerk one digest of their scope on a working morning", async () => {
    const { prisma } = seeded.database;
    const ctx = systemContext(seeded.database, testNow, "test.morning-digest");
    const first = await sendMorningDigest(ctx);
    const clerks = await prisma.staffUser.count({
      where: { active: true, role: { in: ["SERVICE_POINT_CLERK", "COUNTY_CENTRE_CLERK"] } },
    });
    expect(first).toEqual({ workingDay: 1, recipients: clerks, written: clerks });
    // Run again (a retry, a second process): nothing more.
    expect(await sendMorningDigest(ctx)).toEqual({
      workingDay: 1,
      recipients: clerks,
      written: 0,
    });

    const factsOf = async (username: string) => {
      const rows = await prisma.staffNotification.findMany({
        where: { staffUser: { username }, topic: "MORNING_DIGEST" },
      });
      expect(rows).toHaveLength(1);
      return rows[0]?.facts as { date: string; servicePoints: { code: string }[] };
    };
    const ours = { code: point, name: "督办测试服务点", dueToday: 1, overdue: 1, escalated: 1 };
    expect(await factsOf("esc.clerk")).toEqual({ date: "2026-11-25", servicePoints: [ours] });
    const county = await factsOf("centre01");
    expect(county.servicePoints.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(["CENTRE", "SP-CHENGGUAN", "SP-TAOYUAN", "SP-SHIQIAO", point]),
    );
    expect(county.servicePoints.find((entry) => entry.code === point)).toEqual(ours);
    expect(
      await prisma.staffNotification.count({ where: { staffUser: { username: "esc.retired" } } }),
    ).toBe(0);
    expect(
      await prisma.staffNotification.count({ where: { staffUser: { username: "admin01" } } }),
    ).toBe(0);
  });

  it("sends nothing on a day off", async () => {
    // Saturday 28 November 2026, 08:00 in China.
    const saturday = systemContext(
      seeded.database,
      new Date("2026-11-28T00:00:00Z"),
      "test.morning-digest",
    );
    expect(await sendMorningDigest(saturday)).toEqual({ workingDay: 0, recipients: 0, written: 0 });
  });

  it("shows the digest in words in the clerk's own inbox, and marks only their own read", async () => {
    const clerk = await callerOf("esc.clerk");
    const inbox = await clerk.staff.inbox.list({});
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      {
        id: expect.any(String),
        at: testNow.toISOString(),
        topic: "MORNING_DIGEST",
        title: "每日办理提醒（2026-11-25）",
        body: "督办测试服务点：今日到期 1 件，已超期 1 件，督办 1 件。\n请在“制卡申请”的“已超期”“督办件”队列中优先办理。",
        read: false,
      },
    ]);
    const centre = await callerOf("centre01");
    const centreInbox = await centre.staff.inbox.list({});
    expect(centreInbox.items[0]?.body).toMatch(
      /^全县今日到期 \d+ 件，已超期 \d+ 件，督办 \d+ 件。/,
    );
    expect(centreInbox.items[0]?.body).toContain(
      "督办测试服务点：今日到期 1 件，已超期 1 件，督办 1 件。",
    );
    expect(centreInbox.items[0]?.body).toContain("“全县超期件”“督办件”");

    const own = inbox.items[0]?.id as string;
    expect(await centre.staff.inbox.markRead({ ids: [own] })).toEqual({ marked: 0 });
    expect(await clerk.staff.inbox.markRead({ ids: [own] })).toEqual({ marked: 1 });
    const after = await clerk.staff.inbox.list({});
    expect(after.unread).toBe(0);
    expect(after.items[0]?.read).toBe(true);
  });

  it("words next year's missing holiday arrangement for the administrators", async () => {
    const { prisma } = seeded.database;
    const admin = await prisma.staffUser.findUniqueOrThrow({ where: { username: "admin01" } });
    await prisma.staffNotification.create({
      data: {
        staffUserId: admin.id,
        createdAt: testNow,
        topic: "CALENDAR_YEAR_MISSING",
        facts: { year: 2027 },
        dedupeKey: "test:calendar:2027",
      },
    });
    const [message] = (await (await callerOf("admin01")).staff.inbox.list({})).items;
    expect(message?.title).toBe("请录入2027年节假日安排");
    expect(message?.body).toMatch(/^2027年节假日安排尚未录入/);
  });
});
