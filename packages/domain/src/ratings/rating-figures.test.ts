import { describe, expect, it } from "vitest";
import { ratingFiguresOf } from "./rating-figures";

const today = "2026-11-25";
const open = (dueDate: string) => ({ dueDate, closed: false });

describe("ratingFiguresOf()", () => {
  it("counts a hand-made period: scores, the average, bad ratings and their follow-ups", () => {
    const figures = ratingFiguresOf(
      [
        { overall: 5, followUp: null },
        { overall: 4, followUp: null },
        { overall: 4, followUp: null },
        { overall: 2, followUp: open("2026-11-24") }, // overdue
        { overall: 1, followUp: open("2026-11-25") }, // due today: open, not overdue
        { overall: 1, followUp: { dueDate: "2026-11-20", closed: true } },
      ],
      today,
    );
    expect(figures).toEqual({
      count: 6,
      // (5 + 4 + 4 + 2 + 1 + 1) / 6 = 2.833… → 2.8
      averageOverall: 2.8,
      perScore: [2, 1, 0, 2, 1],
      bad: 3,
      followUpsOpen: 2,
      followUpsOverdue: 1,
      followUpsClosed: 1,
    });
  });

  it("rounds the average half up to one decimal", () => {
    const of = (scores: number[]) =>
      ratingFiguresOf(
        scores.map((overall) => ({ overall, followUp: null })),
        today,
      ).averageOverall;
    expect(of([4, 3])).toBe(3.5);
    // 73 / 20 = 3.65 → 3.7 (where `(73 / 20).toFixed(1)` gives "3.6").
    expect(of([...Array(13).fill(4), ...Array(7).fill(3)])).toBe(3.7);
    expect(of([5, 5, 4])).toBe(4.7);
  });

  it("has no average without ratings", () => {
    expect(ratingFiguresOf([], today)).toMatchObject({ count: 0, averageOverall: null, bad: 0 });
  });
});
