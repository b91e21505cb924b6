import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { zhCN } from "../../i18n/zh-CN";
import { parameterBounds, parameterValueWords } from "./parameter-words";

const t = i18next.createInstance();

beforeAll(async () => {
  await t.init({ lng: "zh-CN", resources: { "zh-CN": { translation: zhCN } } });
});

describe("parameterValueWords()", () => {
  it("words each unit as the counter reads it", () => {
    expect(parameterValueWords(t.t, "WORKING_DAYS", 3)).toBe("3 个工作日");
    expect(parameterValueWords(t.t, "DAYS", 180)).toBe("180 天");
    expect(parameterValueWords(t.t, "BYTES", 50_000)).toBe("50,000 字节（约 50 KB）");
    expect(parameterValueWords(t.t, "BYTES", 5_500)).toBe("5,500 字节（约 5.5 KB）");
    expect(parameterValueWords(t.t, "BOOLEAN", true)).toBe("是");
  });
});

describe("parameterBounds()", () => {
  it("reads the bounds from the parameter's schema", () => {
    expect(parameterBounds("SERVICE_POINT_PROMISE_WORKING_DAYS")).toEqual({ min: 1, max: 20 });
    expect(parameterBounds("PHOTO_MAX_BYTES")).toEqual({ min: 10_000, max: 500_000 });
  });
});
