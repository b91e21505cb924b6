import { describe, expect, it } from "vitest";
import { findServicePoint } from "./find-service-point";

const points = [
  { id: "1", code: "CENTRE", name: "云溪县医保中心" },
  { id: "2", code: "SP-CHENGGUAN", name: "城关街道医保服务点" },
  { id: "3", code: "SP-TAOYUAN", name: "桃源镇医保服务点" },
];

describe("findServicePoint()", () => {
  it("finds a point by its name, its code, or a part of its name only it has", () => {
    expect(findServicePoint("城关街道医保服务点", points)?.id).toBe("2");
    expect(findServicePoint("sp-taoyuan", points)?.id).toBe("3");
    expect(findServicePoint("县医保中心", points)?.id).toBe("1");
    expect(findServicePoint(" 桃源镇 （东街）", points)?.id).toBe("3");
  });

  it("finds none for a name no point has, a part several share, or one character", () => {
    expect(findServicePoint("石桥乡医保服务点", points)).toBeNull();
    expect(findServicePoint("医保服务点", points)).toBeNull();
    expect(findServicePoint("镇", points)).toBeNull();
    expect(findServicePoint("", points)).toBeNull();
  });
});
