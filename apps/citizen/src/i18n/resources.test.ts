import {
  accountStatuses,
  domainErrorCodes,
  passwordRejections,
  residentIdRejections,
} from "@yibao/domain";
import { resourceKeys, resourceProblems, withSharedTexts } from "@yibao/ui";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zhCN } from "./zh-CN";

const texts = withSharedTexts({ "zh-CN": zhCN, en });

describe("i18n resources", () => {
  it("have every text in zh-CN and en, none of them empty", () => {
    expect(resourceProblems({ "zh-CN": zhCN, en })).toEqual([]);
  });

  it("word every elder-mode text as an override of an existing key", () => {
    const plain = new Set(resourceKeys(texts["zh-CN"]).filter((k) => !k.startsWith("elder.")));
    const elderOnly = new Set(["home.greeting", "home.tasks"]);
    const orphans = resourceKeys(zhCN.elder)
      .filter((k) => !k.startsWith("tasks.") && !elderOnly.has(k))
      .filter((k) => !plain.has(k));
    expect(orphans).toEqual([]);
  });
});

describe("i18n resources and the domain's closed lists", () => {
  it("explain every reason a resident ID number is rejected", () => {
    const explained = Object.keys(zhCN.fields.residentId.issues);
    expect(residentIdRejections.filter((reason) => !explained.includes(reason))).toEqual([]);
  });

  it("word every password rule, as a rule to meet and as the reason a password is refused", () => {
    const keys = new Set(resourceKeys(texts["zh-CN"]));
    // The server alone checks the last two: it knows the current and the recent passwords.
    const rules = [...passwordRejections, "REUSED", "SAME_AS_CURRENT"];
    const unlisted = new Set(["TOO_LONG"]);
    expect(rules.filter((rule) => !keys.has(`issues.${rule}`))).toEqual([]);
    expect(
      rules.filter((rule) => !unlisted.has(rule) && !keys.has(`passwordRules.${rule}`)),
    ).toEqual([]);
  });

  it("name every account status", () => {
    expect(Object.keys(zhCN.account.status).sort()).toEqual([...accountStatuses].sort());
  });

  it("have a sentence for every known failure, the app's own or the shared one", () => {
    const keys = new Set(resourceKeys(texts["zh-CN"]));
    expect(domainErrorCodes.filter((code) => !keys.has(`errors.${code}`))).toEqual([]);
  });
});
