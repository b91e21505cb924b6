import { describe, expect, it } from "vitest";
import {
  type RatingsSummary,
  ratingFiguresSheet,
  ratingRowsSheet,
  ratingsFileName,
} from "./ratings-sheet";

const figures = {
  count: 3,
  averageOverall: 2.7,
  perScore: [1, 1, 0, 0, 1] as [number, number, number, number, number],
  bad: 2,
  followUpsOpen: 1,
  followUpsOverdue: 1,
  followUpsClosed: 1,
};

const summary: RatingsSummary = {
  servicePoints: [{ code: "CENTRE", name: "云溪县医疗保障服务中心", ...figures }],
  total: figures,
  rows: [
    {
      ratedAt: "2026-11-25T02:00:00.000Z",
      reference: "YX2026112500001",
      servicePointCode: "CENTRE",
      servicePointName: "云溪县医疗保障服务中心",
      channel: "COUNTER",
      overall: 2,
      speed: 2,
      attitude: 3,
      ease: null,
      comment: "排队太久",
      followUp: { dueDate: "2026-12-02", status: "OVERDUE", outcome: null },
    },
  ],
};

describe("ratingFiguresSheet()", () => {
  it("has the panel's columns under a Chinese header, each point, then the total", () => {
    const [header, point, total] = ratingFiguresSheet(summary);
    expect(header?.map((cell) => cell?.value)).toEqual([
      "服务点",
      "评价数",
      "总体平均分",
      "1星",
      "2星",
      "3星",
      "4星",
      "5星",
      "差评",
      "待回访",
      "逾期未回访",
      "已回访",
    ]);
    expect(point?.map((cell) => cell?.value)).toEqual([
      "云溪县医疗保障服务中心",
      3,
      2.7,
      1,
      1,
      0,
      0,
      1,
      2,
      1,
      1,
      1,
    ]);
    expect(total?.[0]).toEqual({ value: "合计", fontWeight: "bold" });
  });
});

describe("ratingRowsSheet()", () => {
  it("writes each rating in words and China time, with no name or phone column", () => {
    const [header, row] = ratingRowsSheet(summary, (iso) => `at ${iso.slice(0, 10)}`);
    expect(header?.map((cell) => cell?.value)).toEqual([
      "评价时间",
      "受理编号",
      "服务点",
      "渠道",
      "总体",
      "速度",
      "态度",
      "便捷",
      "意见",
      "回访期限",
      "回访",
      "回访结果",
    ]);
    expect(row?.map((cell) => cell?.value ?? null)).toEqual([
      "at 2026-11-25",
      "YX2026112500001",
      "云溪县医疗保障服务中心",
      "窗口",
      2,
      2,
      3,
      null,
      "排队太久",
      "2026-12-02",
      "逾期未回访",
      null,
    ]);
  });
});

describe("ratingRowsSheet() with a comment a spreadsheet would run", () => {
  it("keeps the person's words as text", () => {
    const [first] = summary.rows;
    if (!first) throw new Error("the fixture has a row");
    const hostile = { ...summary, rows: [{ ...first, comment: '=HYPERLINK("http://x")' }] };
    const [, row] = ratingRowsSheet(hostile, (iso) => iso);
    expect(row?.[8]?.value).toBe('\'=HYPERLINK("http://x")');
  });
});

describe("ratingsFileName()", () => {
  it("names the file after the period", () => {
    expect(ratingsFileName({ from: "2026-11-01", to: "2026-11-30" })).toBe(
      "好差评-2026-11-01至2026-11-30.xlsx",
    );
  });
});
