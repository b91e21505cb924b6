import { describe, expect, it } from "vitest";
import { dueWords } from "./due-words";

describe("dueWords()", () => {
  it("counts the working days left before the due date", () => {
    expect(dueWords({ workingDaysLeft: 2, overdue: false, dueToday: false })).toEqual({
      key: "applications.due.left",
      count: 2,
      tone: "normal",
    });
  });

  it("says the application is due today", () => {
    expect(dueWords({ workingDaysLeft: 0, overdue: false, dueToday: true }).tone).toBe("today");
  });

  it("counts the working days an overdue application is late", () => {
    expect(dueWords({ workingDaysLeft: -1, overdue: true, dueToday: false })).toEqual({
      key: "applications.due.overdue",
      count: 1,
      tone: "overdue",
    });
  });

  it("reads the sign of the days left when the flags are absent (the detail view)", () => {
    expect(dueWords({ workingDaysLeft: -3 }).count).toBe(3);
    expect(dueWords({ workingDaysLeft: 0 }).tone).toBe("today");
  });
});
