import { balanceOutlooks } from "@yibao/domain";
import { withSharedTexts } from "@yibao/ui";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { zhCN } from "../../i18n/zh-CN";
import { type OutlookFacts, outlookAnswer } from "./outlook-answer";
import { outlookZhCN } from "./outlook-texts";

const i18n = i18next.createInstance();
beforeAll(async () => {
  const texts = withSharedTexts({ "zh-CN": zhCN, en });
  await i18n.init({
    resources: { "zh-CN": { translation: texts["zh-CN"] }, en: { translation: texts.en } },
    lng: "zh-CN",
    interpolation: { escapeValue: false },
  });
});

function answer(facts: OutlookFacts, language: "zh-CN" | "en" = "zh-CN"): string {
  return outlookAnswer(i18n.getFixedT(language), facts);
}

describe("outlookAnswer()", () => {
  it("says how many months the balance lasts at the average net spending", () => {
    const facts = { outlook: "LASTS", monthsLeft: 6, averageMonthlyNetFen: 50_000 } as const;
    expect(answer(facts)).toBe("按您近12个月平均每月净支出 ¥500.00，余额约可用 6 个月。");
    expect(answer(facts, "en")).toBe(
      "At your average net spending of ¥500.00 a month over the last 12 months, the balance lasts about 6 months.",
    );
  });

  it("says a time of two years or more in years as well", () => {
    const facts = { outlook: "LASTS", monthsLeft: 63, averageMonthlyNetFen: 2_792 } as const;
    expect(answer(facts)).toBe("按您近12个月平均每月净支出 ¥27.92，余额约可用 63 个月（5 年多）。");
    expect(answer({ ...facts, monthsLeft: 24 })).toMatch(/约可用 24 个月（2 年）。$/);
    expect(answer({ ...facts, monthsLeft: 18 })).toMatch(/约可用 18 个月。$/);
    expect(answer(facts, "en")).toMatch(/about 63 months \(over 5 years\)\.$/);
  });

  it("does not promise a month the balance cannot cover", () => {
    const facts = { outlook: "LASTS", monthsLeft: 0, averageMonthlyNetFen: 1_000 } as const;
    expect(answer(facts)).toBe("按您近12个月平均每月净支出 ¥10.00，余额已不够一个月的支出。");
  });

  it("says by how much a growing balance grows each month, as a positive amount", () => {
    const facts = { outlook: "GROWING", monthsLeft: null, averageMonthlyNetFen: -13_355 } as const;
    expect(answer(facts)).toBe("您的余额在增长：近12个月平均每月划入比支出多 ¥133.55。");
  });

  it("says when nothing was spent", () => {
    const facts = {
      outlook: "NO_SPENDING",
      monthsLeft: null,
      averageMonthlyNetFen: -17_200,
    } as const;
    expect(answer(facts)).toBe("近12个月没有支出，余额没有减少。");
  });

  it("has an answer for every outlook the domain knows", () => {
    const worded = Object.keys(outlookZhCN.answer).filter((key) => key !== "LASTS_SOON");
    expect(worded.sort()).toEqual([...balanceOutlooks].sort());
  });
});
