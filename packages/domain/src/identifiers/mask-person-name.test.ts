import { describe, expect, it } from "vitest";
import { maskPersonName } from "./mask-person-name";

describe("maskPersonName()", () => {
  it("keeps the first and last characters of a three-character name", () => {
    expect(maskPersonName("李秀兰")).toBe("李*兰");
  });

  it("keeps only the surname of a two-character name", () => {
    expect(maskPersonName("王伟")).toBe("王*");
  });

  it("hides the middle of a long name and counts characters, not code units", () => {
    expect(maskPersonName("欧阳建明")).toBe("欧**明");
    expect(maskPersonName("𠀋大山")).toBe("𠀋*山");
  });

  it("shows nothing of a one-character name", () => {
    expect(maskPersonName("李")).toBe("*");
  });
});
