import { describe, expect, it } from "vitest";
import { resourceKeys, resourceProblems } from "./resource-problems";

describe("resourceKeys()", () => {
  it("names every text by its dotted path", () => {
    expect(resourceKeys({ app: { name: "Yibao", nav: { home: "Home" } }, ok: "OK" })).toEqual([
      "app.name",
      "app.nav.home",
      "ok",
    ]);
  });
});

describe("resourceProblems()", () => {
  it("finds nothing when every language has every text", () => {
    expect(
      resourceProblems({ "zh-CN": { app: { name: "医保" } }, en: { app: { name: "Yibao" } } }),
    ).toEqual([]);
  });

  it("names a text that one language lacks", () => {
    expect(
      resourceProblems({
        "zh-CN": { app: { name: "医保", retry: "重试" } },
        en: { app: { name: "Yibao" } },
      }),
    ).toEqual(["en lacks app.retry"]);
  });

  it("names an empty text", () => {
    expect(
      resourceProblems({ "zh-CN": { app: { name: " " } }, en: { app: { name: "Yibao" } } }),
    ).toEqual(["zh-CN has an empty app.name"]);
  });
});
