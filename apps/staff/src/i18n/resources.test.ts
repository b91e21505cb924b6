import { domainErrorCodes, staffRoles } from "@yibao/domain";
import { resourceKeys, resourceProblems, withSharedTexts } from "@yibao/ui";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";

describe("i18n resources", () => {
  it("have every text in zh-CN and en, none of them empty", () => {
    expect(resourceProblems({ "zh-CN": zhCN, en })).toEqual([]);
  });
});

describe("i18n resources and the domain's closed lists", () => {
  it("name every staff role", () => {
    expect(Object.keys(zhCN.roles).sort()).toEqual([...staffRoles].sort());
  });

  it("have a sentence for every known failure, the app's own or the shared one", () => {
    const keys = new Set(resourceKeys(withSharedTexts({ "zh-CN": zhCN, en })["zh-CN"]));
    expect(domainErrorCodes.filter((code) => !keys.has(`errors.${code}`))).toEqual([]);
  });
});
