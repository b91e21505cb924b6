import { describe, expect, it } from "vitest";
import { formatAuditTime } from "./format-audit-time";

describe("formatAuditTime()", () => {
  it("writes the moment in China's time, to the second", () => {
    expect(formatAuditTime("2026-06-01T01:30:05.250Z")).toBe("2026-06-01 09:30:05");
    expect(formatAuditTime("2026-12-31T16:00:00Z")).toBe("2027-01-01 00:00:00");
  });
});
