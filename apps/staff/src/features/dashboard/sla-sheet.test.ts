import { describe, expect, it } from "vitest";
import { slaFileName, slaSheet } from "./sla-sheet";

const row = {
  code: "SP-CHENGGUAN",
  name: "城关街道医保服务点",
  submitted: 9,
  readyOnTime: 3,
  readyLate: 1,
  overdueNow: 2,
  dueToday: 1,
  medianWorkingDays: 2,
  p90WorkingDays: 5,
};

describe("slaSheet()", () => {
  it("has the table's columns under a Chinese header row, one row a service point", () => {
    const [header, first, second] = slaSheet([
      row,
      {
        ...row,
        code: "SP-SHIQIAO",
        name: "石桥乡医保服务点",
        medianWorkingDays: null,
        p90WorkingDays: null,
      },
    ]);
    expect(header?.map((cell) => cell?.value)).toEqual([
      "服务点",
      "受理件数",
      "按时办结",
      "超时办结",
      "当前超期",
      "今日到期",
      "办结用时中位数（工作日）",
      "办结用时90%分位（工作日）",
    ]);
    expect(first?.map((cell) => cell?.value)).toEqual(["城关街道医保服务点", 9, 3, 1, 2, 1, 2, 5]);
    // Nothing ready in the period: no median, an empty cell rather than a made-up 0.
    expect(second?.slice(-2)).toEqual([null, null]);
  });

  it("names the file after the period", () => {
    expect(slaFileName({ from: "2026-11-01", to: "2026-11-30" })).toBe(
      "办理时效-2026-11-01至2026-11-30.xlsx",
    );
  });
});
