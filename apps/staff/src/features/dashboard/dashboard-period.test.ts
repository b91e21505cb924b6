import { describe, expect, it } from "vitest";
import { periodOf, recentMonths } from "./dashboard-period";

const read = (query: string) => periodOf(new URLSearchParams(query), "2026-12");

describe("periodOf()", () => {
  it("is this month by default, or the month asked", () => {
    expect(read("")).toEqual({
      kind: "month",
      month: "2026-12",
      from: "2026-12-01",
      to: "2026-12-31",
    });
    expect(read("month=2026-02")).toEqual({
      kind: "month",
      month: "2026-02",
      from: "2026-02-01",
      to: "2026-02-28",
    });
  });

  it("takes a custom range the API accepts, and falls back to this month otherwise", () => {
    expect(read("from=2026-10-08&to=2026-11-20")).toEqual({
      kind: "custom",
      from: "2026-10-08",
      to: "2026-11-20",
    });
    expect(read("from=2026-11-20&to=2026-10-08").kind).toBe("month");
    expect(read("from=2025-01-01&to=2026-11-20").kind).toBe("month");
    expect(read("month=2026-13")).toMatchObject({ month: "2026-12" });
  });
});

describe("recentMonths()", () => {
  it("lists this month and the eleven before it, across the year's turn", () => {
    const months = recentMonths("2026-02");
    expect(months).toHaveLength(12);
    expect(months.slice(0, 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
    expect(months.at(-1)).toBe("2025-03");
  });
});
