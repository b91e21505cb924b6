import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { zhCN } from "../i18n/zh-CN";
import { type LedgerEntryFacts, ledgerEntryWords } from "./ledger-entry-words";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
    lng: "zh-CN",
    interpolation: { escapeValue: false },
  });
});

const pharmacy = { name: "云溪县百姓大药房", kind: "PHARMACY" };
const hospital = { name: "云溪县人民医院", kind: "HOSPITAL" };
const credit: LedgerEntryFacts = {
  kind: "CONTRIBUTION_CREDIT",
  contributionMonth: "2026-10",
  institution: null,
};

function words(entry: LedgerEntryFacts, language: "zh-CN" | "en"): string {
  return ledgerEntryWords(i18n.getFixedT(language), entry, language);
}

describe("ledgerEntryWords()", () => {
  it("names the month a contribution was credited for", () => {
    expect(words(credit, "zh-CN")).toBe("2026年10月 个人账户划入");
    expect(words(credit, "en")).toBe("Contribution credited for October 2026");
  });

  it("tells a pharmacy's sale from a hospital's bill, with the place", () => {
    const sale = { kind: "SETTLEMENT_DEBIT", contributionMonth: null, institution: pharmacy };
    expect(words(sale, "zh-CN")).toBe("药店购药 · 云溪县百姓大药房");
    expect(words({ ...sale, institution: hospital }, "zh-CN")).toBe(
      "门诊/住院结算 · 云溪县人民医院",
    );
    expect(words({ ...sale, institution: hospital }, "en")).toBe(
      "Outpatient or inpatient bill · 云溪县人民医院",
    );
  });

  it("calls a reversal a refund, at the place that reversed it", () => {
    const reversal = { kind: "REVERSAL", contributionMonth: null, institution: pharmacy };
    expect(words(reversal, "zh-CN")).toBe("冲正（退款） · 云溪县百姓大药房");
    expect(words(reversal, "en")).toBe("Reversal (refund) · 云溪县百姓大药房");
  });

  it("still says what an entry was when a fact is missing", () => {
    expect(words({ ...credit, contributionMonth: null }, "zh-CN")).toBe("个人账户划入");
    expect(
      words({ kind: "SETTLEMENT_DEBIT", contributionMonth: null, institution: null }, "zh-CN"),
    ).toBe("医保结算");
  });
});
