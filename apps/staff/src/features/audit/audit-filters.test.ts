import { describe, expect, it } from "vitest";
import { readAuditFilters } from "./audit-filters";

const empty = { residentId: "", actor: "", action: "", from: "", to: "" };

describe("readAuditFilters()", () => {
  it("leaves out what was not typed", () => {
    expect(readAuditFilters(empty)).toEqual({ filters: {}, issues: [] });
  });

  it("normalises a resident ID as the server does (lower-case x, spaces around)", () => {
    const { filters, issues } = readAuditFilters({ ...empty, residentId: " 11010519491231002x " });
    expect(issues).toEqual([]);
    expect(filters.residentId).toBe("11010519491231002X");
  });

  it("names the field of each problem", () => {
    const { issues } = readAuditFilters({
      ...empty,
      residentId: "530125196803120028",
      action: "anything",
      from: "2026-02-30",
    });
    expect(issues.map((issue) => issue.path[0])).toEqual(["residentId", "action", "from"]);
  });

  it("refuses a range that ends before it starts", () => {
    const { issues } = readAuditFilters({ ...empty, from: "2026-06-02", to: "2026-06-01" });
    expect(issues).toEqual([{ path: ["to"], code: "RANGE_REVERSED" }]);
  });

  it("takes an action code and a range of one day", () => {
    const { filters, issues } = readAuditFilters({
      ...empty,
      action: "auth.login",
      from: "2026-06-01",
      to: "2026-06-01",
    });
    expect(issues).toEqual([]);
    expect(filters).toEqual({ action: "auth.login", from: "2026-06-01", to: "2026-06-01" });
  });
});
