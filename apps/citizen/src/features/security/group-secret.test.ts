import { describe, expect, it } from "vitest";
import { groupSecret } from "./group-secret";

describe("groupSecret()", () => {
  it("writes the secret in groups of four, upper case", () => {
    expect(groupSecret("jbswy3dpehpk3pxp")).toBe("JBSW Y3DP EHPK 3PXP");
  });

  it("leaves a shorter last group and drops padding", () => {
    expect(groupSecret("JBSWY3DPEHPK3PXPAB==")).toBe("JBSW Y3DP EHPK 3PXP AB");
    expect(groupSecret("")).toBe("");
  });
});
