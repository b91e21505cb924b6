import { describe, expect, it } from "vitest";
import { columnsOf } from "./columns-of";

const application = {
  required: ["姓名", "身份证号码", "服务点"],
  optional: ["手机号码"],
} as const;

describe("columnsOf()", () => {
  it("finds the columns in any order, with asterisks and stray spaces in the header", () => {
    expect(columnsOf(["*身份证 号码", "服务点", "姓名＊", "备注"], application)).toEqual({
      ok: true,
      index: { 姓名: 2, 身份证号码: 0, 服务点: 1 },
    });
    expect(columnsOf(["姓名", "手机号码", "身份证号码", "服务点"], application)).toEqual({
      ok: true,
      index: { 姓名: 0, 手机号码: 1, 身份证号码: 2, 服务点: 3 },
    });
  });

  it("names every missing required column at once, and an expected name heading two columns", () => {
    expect(columnsOf(["姓名", "身份证号", "手机号码", "手机号码"], application)).toEqual({
      ok: false,
      missing: ["身份证号码", "服务点"],
      duplicated: ["手机号码"],
    });
  });
});
