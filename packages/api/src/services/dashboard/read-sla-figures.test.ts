import { demoPhotoJpeg } from "@yibao/db";
import { testDatabaseKinds } from "@yibao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/refusal-of";
import { createSeededDatabase, testNow } from "../../testing/seeded-database";
import { callerWithSession } from "../../testing/session-for";
import {
  type CounterCase,
  chinaTime,
  createCounterCase,
  createInsured,
} from "./counter-cases.fixture";

type Seeded = Awaited<ReturnType<typeof createSeededDatabase>>;

const point = "SP-SLA-TEST";
const centrePoint = "SLA-CENTRE";
const november = { from: "2026-11-01", to: "2026-11-30" };
const produced = (date: string) =>
  (["verify", "approve", "startProduction"] as const).map((step) => ({
    step,
    at: chinaTime(date),
  }));
const ready = (date: string) => ({ step: "markReady" as const, at: chinaTime(date, "16:00") });

/**
 * November 2026 at the test point, each case counted by hand (due dates are the third working
 * day after the clock start; November has no holiday). Today is Wednesday 25 November.
 */
const cases: Record<string, Omit<CounterCase, "clerk">> = {
  // Mon 2nd, due Thu 5th, ready Wed 4th: on time after 2 working days.
  onTime2: {
    name: "测甲",
    submittedAt: chinaTime("2026-11-02"),
    steps: [...produced("2026-11-02"), ready("2026-11-04")],
  },
  // Tue 3rd, due Fri 6th, ready that day: on time after 3.
  onTime3: {
    name: "测乙",
    submittedAt: chinaTime("2026-11-03"),
    steps: [...produced("2026-11-03"), ready("2026-11-06")],
  },
  // Thu 5th, due Tue 10th, ready Thu 12th and collected: late, after 5 (6th, 9th–12th).
  late5: {
    name: "测丙",
    submittedAt: chinaTime("2026-11-05"),
    steps: [
      ...produced("2026-11-05"),
      ready("2026-11-12"),
      { step: "handOver", at: chinaTime("2026-11-13") },
    ],
  },
  // Materials asked on Mon 9th, supplied Thu 12th (the clock restarts; due Tue 17th), ready
  // Fri 13th: on time after 1.
  resubmitted1: {
    name: "测丁",
    submittedAt: chinaTime("2026-11-09"),
    steps: [
      { step: "requestMaterials", at: chinaTime("2026-11-09") },
      { step: "resubmit", at: chinaTime("2026-11-12") },
      ...produced("2026-11-13"),
      ready("2026-11-13"),
    ],
  },
  // Approved, due Thu 19th, not ready: overdue now.
  overdueApproved: {
    name: "测戊",
    submittedAt: chinaTime("2026-11-16"),
    steps: [
      { step: "verify", at: chinaTime("2026-11-16") },
      { step: "approve", at: chinaTime("2026-11-16") },
    ],
  },
  // 00:30 on Sunday 1 November in China (31 October in UTC): in November; due Wed 4th, overdue.
  overdueFirstMinutes: { name: "测己", submittedAt: chinaTime("2026-11-01", "00:30") },
  // Waiting for the applicant: off the clock.
  needsMaterials: {
    name: "测庚",
    submittedAt: chinaTime("2026-11-18"),
    steps: [{ step: "requestMaterials", at: chinaTime("2026-11-18") }],
  },
  // Fri 20th, due today.
  dueToday: { name: "测辛", submittedAt: chinaTime("2026-11-20") },
  // Refused: submitted, nothing else.
  refused: {
    name: "测壬",
    submittedAt: chinaTime("2026-11-24"),
    steps: [{ step: "refuse", at: chinaTime("2026-11-24") }],
  },
  // 23:59 on 31 October in China: October's, though ready in November.
  october: {
    name: "测癸",
    submittedAt: chinaTime("2026-10-31", "23:59"),
    steps: [...produced("2026-11-02"), ready("2026-11-09")],
  },
};

describe.each(testDatabaseKinds())("staff.dashboard.sla on %s", (kind) => {
  let seeded: Seeded;

  beforeAll(async () => {
    seeded = await createSeededDatabase(kind);
    const { prisma } = seeded.database;
    const made = {
      point: await prisma.servicePoint.create({
        data: { code: point, name: "时效测试服务点", kind: "SERVICE_POINT", address: "测试路2号" },
      }),
      centre: await prisma.servicePoint.create({
        data: {
          code: centrePoint,
          name: "时效测试中心",
          kind: "COUNTY_CENTRE",
          address: "测试路3号",
        },
      }),
    };
    const clerk = (
      username: string,
      role: "SERVICE_POINT_CLERK" | "COUNTY_CENTRE_CLERK",
      id: string,
    ) =>
      prisma.staffUser.create({
        data: {
          username,
          displayName: "时效测试",
          role,
          servicePointId: id,
          passwordHash: "x",
          passwordChangedAt: testNow,
        },
      });
    await clerk("sla.clerk", "SERVICE_POINT_CLERK", made.point.id);
    await clerk("sla.centre", "COUNTY_CENTRE_CLERK", made.centre.id);
    let serial = 1;
    for (const counterCase of Object.values(cases)) {
      const residentId = await createInsured(seeded.database, counterCase.name, serial++);
      await createCounterCase(seeded.database, residentId, { ...counterCase, clerk: "sla.clerk" });
    }
    // At the test centre: a card issued on the spot (ready when issued, the same day) and an
    // application registered on Tue 24th with the three-day promise, due Fri 27th.
    const { caller } = await callerWithSession(
      seeded.database,
      { username: "sla.centre" },
      chinaTime("2026-11-24"),
    );
    await caller.staff.applications.issueOnTheSpot({
      applicant: "SELF",
      residentId: await createInsured(seeded.database, "测中心甲", serial++),
      phone: "13608870562",
      photo: demoPhotoJpeg().toString("base64"),
    });
    await createCounterCase(
      seeded.database,
      await createInsured(seeded.database, "测中心乙", serial++),
      {
        clerk: "sla.centre",
        name: "测中心乙",
        submittedAt: chinaTime("2026-11-24"),
        servicePointCode: centrePoint,
      },
    );
  });
  afterAll(async () => {
    await seeded?.drop();
  });

  const caller = async (username: string) =>
    (await callerWithSession(seeded.database, { username }, testNow)).caller;
  const pointRow = {
    code: point,
    name: "时效测试服务点",
    submitted: 9,
    readyOnTime: 3,
    readyLate: 1,
    overdueNow: 2,
    dueToday: 1,
    // Working days to ready 1, 2, 3, 5: the median is the 2nd, the 90th percentile the 4th.
    medianWorkingDays: 2,
    p90WorkingDays: 5,
  };
  const centreRow = {
    code: centrePoint,
    name: "时效测试中心",
    submitted: 2,
    readyOnTime: 1,
    readyLate: 0,
    overdueNow: 0,
    dueToday: 0,
    medianWorkingDays: 0,
    p90WorkingDays: 0,
  };

  it("gives a service point's clerk the hand-counted figures of their own point only", async () => {
    const clerk = await caller("sla.clerk");
    expect(await clerk.staff.dashboard.sla(november)).toEqual([pointRow]);
    expect(await clerk.staff.dashboard.sla({ ...november, servicePointCode: point })).toEqual([
      pointRow,
    ]);
    const refused = await refusalOf(
      clerk.staff.dashboard.sla({ ...november, servicePointCode: "SP-CHENGGUAN" }),
    );
    expect(refused.data.domainCode).toBe("FORBIDDEN");
  });

  it("gives the county centre every point, or the one it asks for", async () => {
    const centre = await caller("centre01");
    const rows = await centre.staff.dashboard.sla(november);
    expect(rows.map((row) => row.code)).toEqual(
      expect.arrayContaining([
        "CENTRE",
        "SP-CHENGGUAN",
        "SP-TAOYUAN",
        "SP-SHIQIAO",
        point,
        centrePoint,
      ]),
    );
    // The county centres first, then the service points, each by code.
    expect(rows.slice(0, 2).map((row) => row.code)).toEqual(["CENTRE", centrePoint]);
    expect(rows.find((row) => row.code === point)).toEqual(pointRow);
    expect(rows.find((row) => row.code === centrePoint)).toEqual(centreRow);
    expect(
      await centre.staff.dashboard.sla({ ...november, servicePointCode: centrePoint }),
    ).toEqual([centreRow]);
    const unknown = await refusalOf(
      centre.staff.dashboard.sla({ ...november, servicePointCode: "SP-NONE" }),
    );
    expect(unknown.data.domainCode).toBe("NOT_FOUND");
  });

  it("counts a period by submission: October's case is October's", async () => {
    const clerk = await caller("sla.clerk");
    expect(await clerk.staff.dashboard.sla({ from: "2026-10-01", to: "2026-10-31" })).toEqual([
      {
        ...pointRow,
        submitted: 1,
        // Clock start Sat 31 October, ready Mon 9 November: 6 working days, due Wed 4th.
        readyOnTime: 0,
        readyLate: 1,
        overdueNow: 0,
        dueToday: 0,
        medianWorkingDays: 6,
        p90WorkingDays: 6,
      },
    ]);
  });

  it("refuses a period that ends before it starts or runs over 366 days", async () => {
    const clerk = await caller("sla.clerk");
    for (const range of [
      { from: "2026-11-30", to: "2026-11-01" },
      { from: "2025-11-01", to: "2026-11-02" },
    ]) {
      const refused = await refusalOf(clerk.staff.dashboard.sla(range));
      expect(refused.data.domainCode).toBe("VALIDATION_FAILED");
    }
  });
});
