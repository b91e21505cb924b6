import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { china2026Arrangement, china2026Calendar } from "../calendar/china-2026-calendar.fixture";
import { createCoveredWorkingCalendar } from "../calendar/covered-working-calendar";
import { epochDayOf, isoDateOfEpochDay } from "../calendar/epoch-day";
import { sampleAction } from "./application.fixture";
import type { ApplicationChannel } from "./application-channels";
import type { CardApplication } from "./card-application";
import { clockStartOf, dueDateOf } from "./due-date-of";

/** 10:00 in China on `date`. */
function chinaMorning(date: string): string {
  return `${date}T02:00:00.000Z`;
}

function submittedOn(date: string, channel: ApplicationChannel = "SERVICE_POINT"): CardApplication {
  return {
    channel,
    applicant: { kind: "SELF" },
    actions: [sampleAction("SUBMIT", { at: chinaMorning(date) })],
  };
}

describe("dueDateOf()", () => {
  it("makes a service point application of Wednesday 30 September 2026 due Saturday 10 October (DOMAIN.md)", () => {
    expect(dueDateOf(submittedOn("2026-09-30"), china2026Calendar)).toEqual({
      dueDate: "2026-10-10",
      provisional: false,
    });
  });

  it("makes an online application due like a service point's", () => {
    expect(dueDateOf(submittedOn("2026-09-30", "ONLINE"), china2026Calendar).dueDate).toBe(
      "2026-10-10",
    );
  });

  it("skips the Spring Festival and counts Saturdays 14 and 28 February", () => {
    // Fri 13 Feb: Sat 14 (make-up), then 15–23 are holidays, Tue 24, Wed 25.
    expect(dueDateOf(submittedOn("2026-02-13"), china2026Calendar).dueDate).toBe("2026-02-25");
    // Thu 26 Feb: Fri 27, Sat 28 (make-up), Mon 2 March.
    expect(dueDateOf(submittedOn("2026-02-26"), china2026Calendar).dueDate).toBe("2026-03-02");
  });

  it("skips Labour Day and counts Saturday 9 May", () => {
    // Thu 30 April: 1–5 May are holidays, then Wed 6, Thu 7, Fri 8.
    expect(dueDateOf(submittedOn("2026-04-30"), china2026Calendar).dueDate).toBe("2026-05-08");
    // Thu 7 May: Fri 8, Sat 9 (make-up), Mon 11.
    expect(dueDateOf(submittedOn("2026-05-07"), china2026Calendar).dueDate).toBe("2026-05-11");
  });

  it("starts from China's date, not UTC's", () => {
    // 00:30 on 30 September in China is still 29 September in UTC.
    const application: CardApplication = {
      channel: "SERVICE_POINT",
      applicant: { kind: "SELF" },
      actions: [sampleAction("SUBMIT", { at: "2026-09-29T16:30:00.000Z" })],
    };
    expect(clockStartOf(application)).toBe("2026-09-30");
    expect(dueDateOf(application, china2026Calendar).dueDate).toBe("2026-10-10");
  });

  it("makes a county centre application due the same day, even on a Saturday make-up day", () => {
    expect(dueDateOf(submittedOn("2026-09-30", "COUNTY_CENTRE"), china2026Calendar)).toEqual({
      dueDate: "2026-09-30",
      provisional: false,
    });
    expect(dueDateOf(submittedOn("2026-12-31", "COUNTY_CENTRE"), china2026Calendar)).toEqual({
      dueDate: "2026-12-31",
      provisional: false,
    });
  });

  it("gives an employer batch the service point's promise unless the county sets its own", () => {
    const batch = submittedOn("2026-09-30", "EMPLOYER");
    expect(dueDateOf(batch, china2026Calendar).dueDate).toBe("2026-10-10");
    expect(
      dueDateOf(batch, china2026Calendar, { promiseWorkingDays: 3, employerPromiseWorkingDays: 5 })
        .dueDate,
    ).toBe("2026-10-13");
  });

  it("takes the county's promise as a parameter", () => {
    expect(
      dueDateOf(submittedOn("2026-09-30"), china2026Calendar, { promiseWorkingDays: 1 }).dueDate,
    ).toBe("2026-10-08");
  });

  it("restarts the clock on resubmission", () => {
    const application: CardApplication = {
      channel: "SERVICE_POINT",
      applicant: { kind: "SELF" },
      actions: [
        sampleAction("SUBMIT", { at: chinaMorning("2026-09-30") }),
        sampleAction("REQUEST_MATERIALS", { at: chinaMorning("2026-09-30") }),
        sampleAction("RESUBMIT", { at: chinaMorning("2026-10-12") }),
        sampleAction("VERIFY_DOCUMENTS", { at: chinaMorning("2026-10-13") }),
      ],
    };
    // Monday 12 October: Tue 13, Wed 14, Thu 15.
    expect(dueDateOf(application, china2026Calendar).dueDate).toBe("2026-10-15");
  });

  it("is provisional when a day counted falls in a year the calendar does not cover", () => {
    // Wed 30 December 2026: Thu 31, then Fri 1 January 2027 counted as a plain weekday, Mon 4.
    expect(dueDateOf(submittedOn("2026-12-30"), china2026Calendar)).toEqual({
      dueDate: "2027-01-04",
      provisional: true,
    });
    // Fri 25 December 2026: Mon 28, Tue 29, Wed 30 — all in 2026.
    expect(dueDateOf(submittedOn("2026-12-25"), china2026Calendar)).toEqual({
      dueDate: "2026-12-30",
      provisional: false,
    });
  });

  it("becomes final once the next year's notice is entered", () => {
    // A hypothetical 2027 arrangement, only to show the recomputation.
    const with2027 = createCoveredWorkingCalendar({
      holidays: [...china2026Arrangement.holidays, "2027-01-01"],
      makeUpWorkdays: china2026Arrangement.makeUpWorkdays,
      coveredYears: [2026, 2027],
    });
    expect(dueDateOf(submittedOn("2026-12-30"), with2027)).toEqual({
      dueDate: "2027-01-05",
      provisional: false,
    });
  });

  it("throws on an application without a submission", () => {
    const empty: CardApplication = { channel: "ONLINE", applicant: { kind: "SELF" }, actions: [] };
    expect(() => dueDateOf(empty, china2026Calendar)).toThrow(/begin with SUBMIT/);
  });

  const instantAround2026 = fc
    .integer({
      min: Date.UTC(2025, 11, 1),
      max: Date.UTC(2027, 0, 31),
    })
    .map((time) => new Date(time).toISOString());
  const deferredChannel = fc.constantFrom<ApplicationChannel>(
    "SERVICE_POINT",
    "ONLINE",
    "EMPLOYER",
  );

  it("always falls on a working day strictly after the submission date", () => {
    fc.assert(
      fc.property(instantAround2026, deferredChannel, (at, channel) => {
        const application: CardApplication = {
          channel,
          applicant: { kind: "SELF" },
          actions: [sampleAction("SUBMIT", { at })],
        };
        const { dueDate } = dueDateOf(application, china2026Calendar);
        expect(china2026Calendar.isWorkingDay(dueDate)).toBe(true);
        expect(dueDate > clockStartOf(application)).toBe(true);
      }),
    );
  });

  it("is provisional exactly when a day after the submission up to the due date is outside 2026", () => {
    fc.assert(
      fc.property(instantAround2026, (at) => {
        const application = {
          ...submittedOn("2026-01-01"),
          actions: [sampleAction("SUBMIT", { at })],
        };
        const start = clockStartOf(application);
        const { dueDate, provisional } = dueDateOf(application, china2026Calendar);
        const counted: string[] = [];
        for (let day = epochDayOf(start) + 1; day <= epochDayOf(dueDate); day++) {
          counted.push(isoDateOfEpochDay(day));
        }
        expect(provisional).toBe(counted.some((date) => !date.startsWith("2026-")));
      }),
    );
  });
});
