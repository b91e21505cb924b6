import { describe, expect, it } from "vitest";
import { china2026Calendar } from "../calendar/china-2026-calendar.fixture";
import { type SlaApplicationFacts, slaFigures } from "./sla-figures";

/** 10:00 in China on `date`, as an instant. */
const at = (date: string, time = "10:00") => new Date(`${date}T${time}:00+08:00`).toISOString();

function application(facts: Partial<SlaApplicationFacts> & { submitted: string }) {
  const { submitted, ...rest } = facts;
  return {
    servicePointCode: "SP-EAST",
    channel: "SERVICE_POINT",
    status: "SUBMITTED",
    submittedAt: at(submitted),
    clockStartedOn: submitted,
    dueDate: submitted,
    readyAt: null,
    closedAt: null,
    ...rest,
  } satisfies SlaApplicationFacts;
}

const servicePoints = [
  { code: "CENTRE", name: "县医保中心" },
  { code: "SP-EAST", name: "城东服务点" },
  { code: "SP-WEST", name: "城西服务点" },
];

/**
 * November 2026 at 城东 and the centre, counted by hand against the 2026 calendar (no holiday in
 * November). Today is Wednesday 25 November.
 */
const november: SlaApplicationFacts[] = [
  // Mon 2nd, due Thu 5th, ready Wed 4th: on time, 2 working days (3rd, 4th).
  application({
    submitted: "2026-11-02",
    dueDate: "2026-11-05",
    status: "COLLECTED",
    readyAt: at("2026-11-04"),
    closedAt: at("2026-11-09"),
  }),
  // Tue 3rd, due Fri 6th, ready that day: on time, 3 working days.
  application({
    submitted: "2026-11-03",
    dueDate: "2026-11-06",
    status: "READY_FOR_PICKUP",
    readyAt: at("2026-11-06", "16:30"),
  }),
  // Thu 5th, due Tue 10th, ready Thu 12th: late, 5 working days (6th, 9th–12th).
  application({
    submitted: "2026-11-05",
    dueDate: "2026-11-10",
    status: "READY_FOR_PICKUP",
    readyAt: at("2026-11-12"),
  }),
  // Resubmitted on Thu 12th (the clock restarts), due Tue 17th, ready Fri 13th: on time, 1 day.
  application({
    submitted: "2026-11-09",
    clockStartedOn: "2026-11-12",
    dueDate: "2026-11-17",
    status: "READY_FOR_PICKUP",
    readyAt: at("2026-11-13"),
  }),
  // Approved, due Thu 19th, not ready: overdue now.
  application({ submitted: "2026-11-16", dueDate: "2026-11-19", status: "APPROVED" }),
  // Waiting for the applicant's materials: off the clock, neither overdue nor due.
  application({ submitted: "2026-11-18", dueDate: "2026-11-23", status: "NEEDS_MATERIALS" }),
  // Fri 20th, due today.
  application({ submitted: "2026-11-20", dueDate: "2026-11-25", status: "SUBMITTED" }),
  // 01:00 on Sunday 1 November in China (still 31 October in UTC): in the period; refused.
  {
    ...application({
      submitted: "2026-11-01",
      dueDate: "2026-11-04",
      status: "REFUSED",
      closedAt: at("2026-11-02"),
    }),
    submittedAt: "2026-10-31T17:00:00.000Z",
  },
  // 00:30 on 1 December in China (30 November in UTC): outside the period.
  {
    ...application({ submitted: "2026-12-01", dueDate: "2026-12-04" }),
    submittedAt: "2026-11-30T16:30:00.000Z",
  },
  // Submitted in October, ready late in November: outside the period.
  application({
    submitted: "2026-10-30",
    dueDate: "2026-11-04",
    status: "READY_FOR_PICKUP",
    readyAt: at("2026-11-05"),
  }),
  // Issued on the spot at the county centre: ready when issued, the same day, on time.
  application({
    servicePointCode: "CENTRE",
    channel: "COUNTY_CENTRE",
    submitted: "2026-11-24",
    status: "COLLECTED",
    closedAt: at("2026-11-24", "10:05"),
  }),
  // An employer's batch in production, due tomorrow.
  application({
    servicePointCode: "CENTRE",
    channel: "EMPLOYER",
    submitted: "2026-11-23",
    dueDate: "2026-11-26",
    status: "IN_PRODUCTION",
  }),
  // A point not in the reader's scope.
  application({ servicePointCode: "SP-ELSEWHERE", submitted: "2026-11-20", dueDate: "2026-11-25" }),
];

describe("slaFigures()", () => {
  it("matches the hand count of November at each service point, in the points' order", () => {
    expect(
      slaFigures({
        servicePoints,
        applications: november,
        from: "2026-11-01",
        to: "2026-11-30",
        today: "2026-11-25",
        calendar: china2026Calendar,
      }),
    ).toEqual([
      {
        code: "CENTRE",
        name: "县医保中心",
        submitted: 2,
        readyOnTime: 1,
        readyLate: 0,
        overdueNow: 0,
        dueToday: 0,
        medianWorkingDays: 0,
        p90WorkingDays: 0,
      },
      {
        code: "SP-EAST",
        name: "城东服务点",
        submitted: 8,
        readyOnTime: 3,
        readyLate: 1,
        overdueNow: 1,
        dueToday: 1,
        // Working days to ready 1, 2, 3, 5: the median is the 2nd, the 90th percentile the 4th.
        medianWorkingDays: 2,
        p90WorkingDays: 5,
      },
      {
        code: "SP-WEST",
        name: "城西服务点",
        submitted: 0,
        readyOnTime: 0,
        readyLate: 0,
        overdueNow: 0,
        dueToday: 0,
        medianWorkingDays: null,
        p90WorkingDays: null,
      },
    ]);
  });

  it("judges overdue and due today on the day it is given", () => {
    const [, east] = slaFigures({
      servicePoints,
      applications: november,
      from: "2026-11-01",
      to: "2026-11-30",
      today: "2026-11-26",
      calendar: china2026Calendar,
    });
    expect(east).toMatchObject({ overdueNow: 2, dueToday: 0 });
  });

  it("counts working days with the calendar: National Day off, the make-up Saturday on", () => {
    // Wed 30 September, due and ready Saturday 10 October: 8, 9 and 10 October are working days.
    const [, east] = slaFigures({
      servicePoints,
      applications: [
        application({
          submitted: "2026-09-30",
          dueDate: "2026-10-10",
          status: "READY_FOR_PICKUP",
          readyAt: at("2026-10-10"),
        }),
      ],
      from: "2026-09-01",
      to: "2026-10-31",
      today: "2026-11-25",
      calendar: china2026Calendar,
    });
    expect(east).toMatchObject({ readyOnTime: 1, medianWorkingDays: 3, p90WorkingDays: 3 });
  });
});
