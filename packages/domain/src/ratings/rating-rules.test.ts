import { describe, expect, it } from "vitest";
import { china2026Calendar } from "../calendar/china-2026-calendar.fixture";
import { canRate } from "./can-rate";
import { followUpDueDateOf, isFollowUpOverdue } from "./follow-up-due-date";
import { opensFollowUp } from "./opens-follow-up";
import { ratingChannelOf } from "./rating-channels";
import { ratingInputSchema, ratingSchemaFor } from "./rating-schema";

function issuesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string; code: string }[] };
}) {
  return (
    result.error?.issues.map((issue) => [
      issue.path.join("."),
      issue.code === "custom" ? issue.message : issue.code,
    ]) ?? []
  );
}

describe("ratingChannelOf()", () => {
  it("rates an online application online and every counter channel at the counter", () => {
    expect(ratingChannelOf("ONLINE")).toBe("ONLINE");
    expect(ratingChannelOf("SERVICE_POINT")).toBe("COUNTER");
    expect(ratingChannelOf("COUNTY_CENTRE")).toBe("COUNTER");
    expect(ratingChannelOf("EMPLOYER")).toBe("COUNTER");
  });
});

describe("ratingSchemaFor()", () => {
  it("takes a counter rating of overall, speed and attitude, with the comment trimmed", () => {
    expect(
      ratingSchemaFor("COUNTER").parse({
        overall: 2,
        speed: 1,
        attitude: 3,
        comment: "  排队太久 ",
      }),
    ).toEqual({ overall: 2, speed: 1, attitude: 3, comment: "排队太久" });
  });

  it("takes an online rating of overall and ease, and an empty comment as none", () => {
    expect(ratingSchemaFor("ONLINE").parse({ overall: 5, ease: 4, comment: "   " })).toEqual({
      overall: 5,
      ease: 4,
    });
  });

  it("requires the channel's own scores and refuses the other channel's", () => {
    expect(issuesOf(ratingSchemaFor("COUNTER").safeParse({ overall: 4, ease: 4 }))).toEqual([
      ["speed", "REQUIRED"],
      ["attitude", "REQUIRED"],
      ["ease", "NOT_FOR_CHANNEL"],
    ]);
    expect(
      issuesOf(ratingSchemaFor("ONLINE").safeParse({ overall: 4, ease: 3, attitude: 5 })),
    ).toEqual([["attitude", "NOT_FOR_CHANNEL"]]);
  });

  it("refuses scores outside 1 to 5, fractions, and a comment over 300 characters", () => {
    expect(
      issuesOf(
        ratingInputSchema.safeParse({
          overall: 0,
          speed: 6,
          attitude: 2.5,
          comment: "差".repeat(301),
        }),
      ),
    ).toEqual([
      ["overall", "too_small"],
      ["speed", "too_big"],
      ["attitude", "invalid_type"],
      ["comment", "too_big"],
    ]);
    expect(
      ratingSchemaFor("COUNTER").safeParse({
        overall: 1,
        speed: 5,
        attitude: 5,
        comment: ` ${"好".repeat(300)} `,
      }).success,
    ).toBe(true);
  });
});

describe("canRate()", () => {
  it("lets a collected card or a refused application be rated, once", () => {
    expect(canRate({ status: "COLLECTED", rated: false })).toEqual({ ok: true });
    expect(canRate({ status: "REFUSED", rated: false })).toEqual({ ok: true });
    expect(canRate({ status: "COLLECTED", rated: true })).toEqual({
      ok: false,
      reason: "ALREADY_RATED",
    });
  });

  it("refuses a case that is not finished for the person", () => {
    for (const status of ["SUBMITTED", "READY_FOR_PICKUP", "WITHDRAWN", "EXPIRED"] as const) {
      expect(canRate({ status, rated: false })).toEqual({ ok: false, reason: "NOT_FINISHED" });
    }
  });
});

describe("opensFollowUp()", () => {
  it("opens a follow-up for an overall 1 or 2, whatever the other scores", () => {
    expect([1, 2, 3, 4, 5].map((overall) => opensFollowUp({ overall }))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("followUpDueDateOf()", () => {
  it("counts 5 working days after a Wednesday across the weekend", () => {
    // Wed 2026-11-25 → Thu 26, Fri 27, Mon 30, Tue 1, Wed 2.
    expect(followUpDueDateOf("2026-11-25", china2026Calendar, 5)).toBe("2026-12-02");
    expect(followUpDueDateOf("2026-11-25", china2026Calendar, 3)).toBe("2026-11-30");
  });

  it("skips the National Day holidays and counts the make-up Saturday", () => {
    // 1–7 October are holidays; 8, 9 and Saturday 10 October work; then Mon 12, Tue 13.
    expect(followUpDueDateOf("2026-09-30", china2026Calendar, 5)).toBe("2026-10-13");
  });
});

describe("isFollowUpOverdue()", () => {
  it("is overdue only while open and after its due date", () => {
    const due = "2026-12-02";
    expect(isFollowUpOverdue({ dueDate: due, closed: false }, "2026-12-02")).toBe(false);
    expect(isFollowUpOverdue({ dueDate: due, closed: false }, "2026-12-03")).toBe(true);
    expect(isFollowUpOverdue({ dueDate: due, closed: true }, "2026-12-03")).toBe(false);
  });
});
