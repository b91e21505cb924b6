import { demoPhotoJpeg, parametersInForceOn } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { residentIdCheckCharacter } from "@yibao/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

// The demo photo is 17,133 bytes.
const photo = demoPhotoJpeg().toString("base64");
/** 10:00 in China on `date`. */
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

describe.each(testDatabaseKinds())("staff.parameters on %s", (kind) => {
  let seeded: Seeded;
  let serial = 201;

  const admin = () =>
    callerWithSession(seeded.database, { username: "admin01" }, testNow).then((c) => c.caller);
  const clerkOn = (date: string) =>
    callerWithSession(seeded.database, { username: "chengguan01" }, at(date)).then((c) => c.caller);

  /** Someone new to the county, registered at the counter on `date`. */
  async function register(date: string) {
    const { prisma, protector } = seeded.database;
    const first17 = `53012519810505${serial}`;
    serial += 2;
    const residentId = first17 + residentIdCheckCharacter(first17);
    await prisma.person.create({
      data: {
        residentIdIndex: protector.residentIdIndex(residentId),
        residentIdSealed: protector.seal(residentId, "person.resident-id"),
        name: `参数测试${serial}`,
        sex: "F",
        birthDate: new Date("1981-05-05T00:00:00Z"),
      },
    });
    return (await clerkOn(date)).staff.applications.register({
      channel: "SERVICE_POINT",
      residentId,
      phone: "13608870562",
      photo,
    });
  }

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  it("refuses a day already past, a value out of bounds and a photo minimum above the maximum", async () => {
    const caller = await admin();
    const issuesOf = async (change: Parameters<typeof caller.staff.parameters.set>[0]) =>
      (await refusalOf(caller.staff.parameters.set(change))).data.issues;
    const base = { reason: "县医保局通知" };
    expect(
      await issuesOf({
        ...base,
        key: "SERVICE_POINT_PROMISE_WORKING_DAYS",
        value: 5,
        effectiveFrom: "2026-11-24",
      }),
    ).toEqual([{ path: ["effectiveFrom"], code: "BEFORE_TODAY" }]);
    expect(
      await issuesOf({
        ...base,
        key: "SERVICE_POINT_PROMISE_WORKING_DAYS",
        value: 0,
        effectiveFrom: "2026-12-01",
      }),
    ).toEqual([{ path: ["value"], code: "OUT_OF_RANGE" }]);
    expect(
      await issuesOf({
        ...base,
        key: "PHOTO_MIN_BYTES",
        value: 60_000,
        effectiveFrom: "2026-12-01",
      }),
    ).toEqual([{ path: ["value"], code: "PHOTO_MIN_NOT_BELOW_MAX" }]);
    expect(
      await seeded.database.prisma.auditEvent.count({ where: { action: "parameter.set" } }),
    ).toBe(0);
  });

  it("schedules a new promise from a later day, audited with its reason", async () => {
    const caller = await admin();
    expect(
      await caller.staff.parameters.set({
        key: "SERVICE_POINT_PROMISE_WORKING_DAYS",
        value: 5,
        effectiveFrom: "2026-12-01",
        reason: "县医保局调整服务承诺（测试）",
      }),
    ).toEqual({ key: "SERVICE_POINT_PROMISE_WORKING_DAYS", value: 5, effectiveFrom: "2026-12-01" });

    const { parameters } = await caller.staff.parameters.list();
    const promise = parameters.find((entry) => entry.key === "SERVICE_POINT_PROMISE_WORKING_DAYS");
    expect(promise).toMatchObject({
      unit: "WORKING_DAYS",
      value: 3,
      scheduled: { value: 5, effectiveFrom: "2026-12-01" },
    });
    expect(promise?.history[0]).toMatchObject({
      value: 5,
      state: "SCHEDULED",
      recordedBy: "周婷",
      reason: "县医保局调整服务承诺（测试）",
    });
    expect(promise?.history[1]).toMatchObject({ value: 3, state: "IN_FORCE" });

    const audit = await seeded.database.prisma.auditEvent.findFirstOrThrow({
      where: { action: "parameter.set" },
    });
    expect(audit).toMatchObject({
      actorRole: "ADMINISTRATOR",
      reason: "县医保局调整服务承诺（测试）",
      detail: { key: "SERVICE_POINT_PROMISE_WORKING_DAYS", value: 5, effectiveFrom: "2026-12-01" },
    });
  });

  it("keeps the promise of the day it was submitted: before the change 3 days, from it 5", async () => {
    // Monday 30 November: 1, 2, 3 December.
    const before = await register("2026-11-30");
    expect(before.dueDate).toBe("2026-12-03");
    // Tuesday 1 December: 2, 3, 4, 7, 8 December.
    const after = await register("2026-12-01");
    expect(after.dueDate).toBe("2026-12-08");

    // Acted on once the new promise is in force, the earlier one keeps its own.
    const clerk = await clerkOn("2026-12-02");
    const verified = await clerk.staff.applications.verify({
      applicationId: before.id,
      version: before.version,
      insured: true,
    });
    expect(verified.dueDate).toBe("2026-12-03");
    const { items } = await clerk.staff.applications.queue({ queue: "ALL_OPEN", limit: 100 });
    expect(items.find((item) => item.id === after.id)?.dueDate).toBe("2026-12-08");
    expect(items.find((item) => item.id === before.id)?.dueDate).toBe("2026-12-03");

    const rows = await seeded.database.prisma.cardApplication.findMany({
      where: { id: { in: [before.id, after.id] } },
      select: { id: true, promiseWorkingDays: true },
    });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.promiseWorkingDays]))).toEqual({
      [before.id]: 3,
      [after.id]: 5,
    });
    const { parameters } = await clerk.staff.parameters.list();
    expect(
      parameters.find((entry) => entry.key === "SERVICE_POINT_PROMISE_WORKING_DAYS"),
    ).toMatchObject({ value: 5, effectiveFrom: "2026-12-01", scheduled: null });
  });

  it("checks a photo against the file size limits in force on the day it is uploaded", async () => {
    const caller = await admin();
    await caller.staff.parameters.set({
      key: "PHOTO_MAX_BYTES",
      value: 12_000,
      effectiveFrom: "2026-12-03",
      reason: "制卡厂商要求（测试）",
    });
    expect((await parametersInForceOn(seeded.database.prisma, "2026-12-03")).PHOTO_MAX_BYTES).toBe(
      12_000,
    );
    await expect(register("2026-12-02")).resolves.toMatchObject({ status: "SUBMITTED" });
    const refusal = await refusalOf(register("2026-12-03"));
    expect(refusal.data).toMatchObject({
      domainCode: "PHOTO_REJECTED",
      issues: [{ path: ["photo"], code: "TOO_LARGE_FILE" }],
    });
  });

  it("replaces a value scheduled for a later day, but never one already in force", async () => {
    const caller = await admin();
    const change = {
      key: "RECALL_PERIOD_DAYS" as const,
      effectiveFrom: "2027-01-01",
      reason: "回收期调整（测试）",
    };
    await caller.staff.parameters.set({ ...change, value: 90 });
    await caller.staff.parameters.set({ ...change, value: 120 });
    const { parameters } = await caller.staff.parameters.list();
    const recall = parameters.find((entry) => entry.key === "RECALL_PERIOD_DAYS");
    expect(recall?.scheduled).toEqual({ value: 120, effectiveFrom: "2027-01-01" });
    expect(recall?.history.filter((entry) => entry.state === "SCHEDULED")).toHaveLength(1);

    await caller.staff.parameters.set({ ...change, effectiveFrom: "2026-11-25", value: 150 });
    const again = await refusalOf(
      caller.staff.parameters.set({ ...change, effectiveFrom: "2026-11-25", value: 160 }),
    );
    expect(again.data.issues).toEqual([{ path: ["effectiveFrom"], code: "ALREADY_IN_FORCE" }]);
  });
});
