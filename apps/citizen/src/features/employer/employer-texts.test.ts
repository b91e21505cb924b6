import {
  batchFileErrorCodes,
  batchRowFields,
  batchRowReasons,
  batchRowWarningReasons,
  batchStatuses,
  letterRejections,
} from "@yibao/domain";
import { resourceProblems, withSharedTexts } from "@yibao/ui";
import i18next from "i18next";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { zhCN } from "../../i18n/zh-CN";
import { batchFailureMessage } from "./batch-failure-message";
import { employerEn } from "./employer-texts-en";
import { employerZhCN } from "./employer-texts-zh-cn";
import { createPortalI18n } from "./portal-i18n";
import { rowProblemWords } from "./row-problem-words";

const keys = (words: object) => Object.keys(words).sort();

describe("the employer portal's texts", () => {
  it("have every text in zh-CN and en, none of them empty", () => {
    expect(resourceProblems({ "zh-CN": employerZhCN, en: employerEn })).toEqual([]);
  });

  it("name every batch status, file refusal, column and letter refusal", () => {
    for (const words of [employerZhCN, employerEn]) {
      expect(keys(words.batchStatus)).toEqual([...batchStatuses].sort());
      expect(keys(words.fileErrors)).toEqual([...batchFileErrorCodes].sort());
      expect(keys(words.columns)).toEqual([...batchRowFields].sort());
      expect(keys(words.letter.rejections)).toEqual([...letterRejections].sort());
    }
  });
});

describe("the portal's words over the citizen app's", () => {
  beforeAll(async () => {
    const texts = withSharedTexts({ "zh-CN": zhCN, en });
    await i18next.init({
      resources: { "zh-CN": { translation: texts["zh-CN"] }, en: { translation: texts.en } },
      lng: "zh-CN",
      interpolation: { escapeValue: false },
    });
  });

  beforeEach(async () => {
    await i18next.changeLanguage("zh-CN");
  });

  it("word the login failure for agents, and leave the citizen's wording as it is", () => {
    const portal = createPortalI18n();
    expect(portal.t("errors.INVALID_CREDENTIALS")).toBe(employerZhCN.errors.INVALID_CREDENTIALS);
    expect(i18next.t("errors.INVALID_CREDENTIALS")).toBe(zhCN.errors.INVALID_CREDENTIALS);
    // A text the portal does not word is the citizen app's or the shared one.
    expect(portal.t("login.submit")).toBe(i18next.t("login.submit"));
  });

  it("say every reason a row is invalid or worth a look, in both languages", async () => {
    const portal = createPortalI18n();
    for (const language of ["zh-CN", "en"]) {
      await i18next.changeLanguage(language);
      const generic = portal.t("issues.generic");
      const reasons = [...batchRowReasons, ...batchRowWarningReasons];
      const unworded = reasons.filter((reason) => {
        const words = rowProblemWords(portal.t, { column: "RESIDENT_ID", reason } as never);
        return words.includes(generic) || words.includes(reason);
      });
      expect(unworded).toEqual([]);
    }
  });

  it("say why a letter was refused or a batch cannot be submitted, from the server's reason", () => {
    const portal = createPortalI18n();
    const refused = (domainCode: string, reason?: string) => ({
      data: { domainCode, httpStatus: 409, ...(reason ? { reason } : {}) },
    });
    expect(batchFailureMessage(portal.t, refused("FILE_REJECTED", "NOT_PDF_OR_IMAGE"))).toBe(
      employerZhCN.letter.rejections.NOT_PDF_OR_IMAGE,
    );
    expect(batchFailureMessage(portal.t, refused("BATCH_NOT_READY", "LETTER_MISSING"))).toBe(
      employerZhCN.submit.notReady.LETTER_MISSING,
    );
    // A reason this portal has no words for yet still gets the code's sentence.
    expect(batchFailureMessage(portal.t, refused("BATCH_NOT_READY", "SOMETHING_NEW"))).toBe(
      zhCN.errors.BATCH_NOT_READY,
    );
    expect(batchFailureMessage(portal.t, refused("BATCH_HAS_INVALID_ROWS"))).toBe(
      zhCN.errors.BATCH_HAS_INVALID_ROWS,
    );
  });

  it("follow the app's language switch", async () => {
    const portal = createPortalI18n();
    await i18next.changeLanguage("en");
    expect(portal.t("pages.cards")).toBe(employerEn.pages.cards);
    await i18next.changeLanguage("zh-CN");
    expect(portal.t("pages.cards")).toBe(employerZhCN.pages.cards);
  });
});
