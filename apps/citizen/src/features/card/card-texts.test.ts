import {
  applicationActionTypes,
  applicationChannels,
  applicationKinds,
  applicationStatuses,
  cardPhotoRejections,
  cardStatuses,
  missingItemCodes,
  refusalReasons,
  refusalRemedies,
  replacementReasons,
} from "@yibao/domain";
import { describe, expect, it } from "vitest";
import { zhCN } from "../../i18n/zh-CN";

const keys = (words: object) => Object.keys(words).sort();
const listed = (codes: readonly string[], except: readonly string[] = []) =>
  codes.filter((code) => !except.includes(code)).sort();

describe("the card workflow's words", () => {
  it("name every application status, action, channel and kind", () => {
    expect(keys(zhCN.card.status)).toEqual(listed(applicationStatuses));
    expect(keys(zhCN.card.action)).toEqual(listed(applicationActionTypes));
    expect(keys(zhCN.card.channel)).toEqual(listed(applicationChannels));
    expect(keys(zhCN.card.kind)).toEqual(listed(applicationKinds));
    expect(keys(zhCN.card.cardStatus)).toEqual(listed(cardStatuses));
  });

  it("explain every status to the applicant", () => {
    expect(keys(zhCN.card.statusExplanation)).toEqual(listed(applicationStatuses));
  });

  it("word every missing item and refusal reason with its remedy (OTHER brings its own text)", () => {
    expect(keys(zhCN.card.missingItem)).toEqual(listed(missingItemCodes, ["OTHER"]));
    expect(keys(zhCN.card.refusalReason)).toEqual(listed(refusalReasons, ["OTHER"]));
    expect(keys(zhCN.card.refusalRemedy)).toEqual(Object.values(refusalRemedies).sort());
  });

  it("give every replacement reason and every photo rejection a sentence", () => {
    expect(keys(zhCN.card.replacementReason)).toEqual(listed(replacementReasons));
    const photoIssues = keys(zhCN.fields.photo.issues).filter((code) => code !== "too_small");
    expect(photoIssues).toEqual(listed(cardPhotoRejections));
  });
});
