import {
  auditActions,
  auditResults,
  domainErrorCodes,
  revealReasons,
  staffRoles,
} from "@yibao/domain";
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

  it("name every audit action, result and reason for revealing an ID number", () => {
    const keys = new Set(resourceKeys(zhCN));
    const missing = [
      ...auditActions.map((action) => `auditActions.${action}`),
      ...auditResults.map((result) => `audit.results.${result}`),
      ...revealReasons.map((reason) => `revealReasons.${reason}`),
    ].filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
  });

  it("have a sentence for every known failure, the app's own or the shared one", () => {
    const keys = new Set(resourceKeys(withSharedTexts({ "zh-CN": zhCN, en })["zh-CN"]));
    expect(domainErrorCodes.filter((code) => !keys.has(`errors.${code}`))).toEqual([]);
  });
});
