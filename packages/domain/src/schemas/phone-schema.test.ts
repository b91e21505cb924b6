import { describe, expect, it } from "vitest";
import { maskPhone, phoneSchema } from "./phone-schema";

describe("phoneSchema", () => {
  it("accepts an 11-digit mobile number, with spaces, hyphens or +86", () => {
    expect(phoneSchema.parse("13988120417")).toBe("13988120417");
    expect(phoneSchema.parse(" 139-8812-0417 ")).toBe("13988120417");
    expect(phoneSchema.parse("+8613988120417")).toBe("13988120417");
  });

  it("refuses landlines, short numbers and letters without echoing them", () => {
    for (const input of ["0871-6512345", "1398812041", "12988120417", "1398812041x"]) {
      const result = phoneSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(JSON.stringify(result.error?.issues)).not.toContain(input);
    }
  });
});

describe("maskPhone()", () => {
  it("keeps the first three and the last four digits", () => {
    expect(maskPhone("13988120417")).toBe("139****0417");
  });
});
