import { describe, expect, it } from "vitest";
import { monthChoices } from "./month-choices";

describe("monthChoices()", () => {
  it("offers this year's months up to this one, then every month of the earlier years", () => {
    const groups = monthChoices([2026, 2025], "2026-03");
    expect(groups.map((group) => group.year)).toEqual([2026, 2025]);
    expect(groups[0]?.months).toEqual(["2026-03", "2026-02", "2026-01"]);
    expect(groups[1]?.months).toHaveLength(12);
    expect(groups[1]?.months[0]).toBe("2025-12");
    expect(groups[1]?.months.at(-1)).toBe("2025-01");
  });

  it("always offers this year, even for an account with no contributions yet", () => {
    expect(monthChoices([], "2026-01")).toEqual([{ year: 2026, months: ["2026-01"] }]);
  });

  it("offers no month after this one, whatever years it is given", () => {
    const groups = monthChoices([2027, 2026, 2026], "2026-11");
    expect(groups.map((group) => group.year)).toEqual([2026]);
    expect(groups[0]?.months[0]).toBe("2026-11");
  });
});
