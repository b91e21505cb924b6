import { withSharedTexts } from "@yibao/ui";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { zhCN } from "../../i18n/zh-CN";
import { accountFailureMessage } from "./account-failure-message";

const i18n = i18next.createInstance();
beforeAll(async () => {
  const texts = withSharedTexts({ "zh-CN": zhCN, en });
  await i18n.init({
    resources: { "zh-CN": { translation: texts["zh-CN"] }, en: { translation: texts.en } },
    lng: "zh-CN",
    interpolation: { escapeValue: false },
  });
});

/** A tRPC error as the client receives it: the domain code and its facts in `data`. */
const refused = (domainCode: string, facts: Record<string, unknown> = {}) => ({
  data: { domainCode, httpStatus: 409, ...facts },
});

describe("accountFailureMessage()", () => {
  it("says since when a sealed account is sealed, and that the bill is self-paid", () => {
    const error = refused("ACCOUNT_SEALED", { sealedSince: "2026-07" });
    expect(accountFailureMessage(i18n.getFixedT("zh-CN"), error, "zh-CN")).toBe(
      "该参保人医保个人账户已封存（自2026年7月起），不能使用个人账户支付，请按自费结算。",
    );
    expect(accountFailureMessage(i18n.getFixedT("en"), error, "en")).toContain("since July 2026");
  });

  it("still refuses in words when the server names no month", () => {
    expect(accountFailureMessage(i18n.getFixedT("zh-CN"), refused("ACCOUNT_SEALED"), "zh-CN")).toBe(
      zhCN.errors.ACCOUNT_SEALED,
    );
  });

  it("says why a reversal is refused", () => {
    const t = i18n.getFixedT("zh-CN");
    expect(
      accountFailureMessage(
        t,
        refused("REVERSAL_NOT_ALLOWED", { reason: "ALREADY_REVERSED" }),
        "zh-CN",
      ),
    ).toBe(zhCN.errors.REVERSAL_NOT_ALLOWED_ALREADY_REVERSED);
    expect(
      accountFailureMessage(
        t,
        refused("REVERSAL_NOT_ALLOWED", { reason: "SOMETHING_NEW" }),
        "zh-CN",
      ),
    ).toBe(zhCN.errors.REVERSAL_NOT_ALLOWED);
  });

  it("words any other failure as every form does", () => {
    expect(
      accountFailureMessage(i18n.getFixedT("zh-CN"), refused("ECARD_TOKEN_INVALID"), "zh-CN"),
    ).toBe(zhCN.errors.ECARD_TOKEN_INVALID);
  });
});
