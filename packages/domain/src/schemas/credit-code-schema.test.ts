import { describe, expect, it } from "vitest";
import { creditCodeSchema } from "./credit-code-schema";

describe("creditCodeSchema", () => {
  it("normalises a valid code", () => {
    expect(creditCodeSchema.parse(" 9144030071526726xg")).toBe("9144030071526726XG");
  });

  it("reports the reason code as the message and never the code", () => {
    const input = "9144030071526726XH";
    const result = creditCodeSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "CHECK_CHARACTER_MISMATCH",
    ]);
    expect(JSON.stringify(result.error?.issues)).not.toContain(input);
  });
});
