import { describe, expect, it } from "vitest";
import { groupSecret } from "./group-secret";

describe("groupSecret()", () => {
  it("writes the secret in groups of four, upper-case", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(groupSecret("jbswy3dpehpk3pxpab")).toBe("JBSW Y3DP EHPK 3PXP AB");
  });

  it("ignores spaces already there, and has nothing to show for nothing", () => {
    expect(groupSecret(" JBSW Y3DP ")).toBe("JBSW Y3DP");
    expect(groupSecret("")).toBe("");
  });
});
