import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { errorMessage, firstIssueByField, issueMessage } from "./error-message";

const texts = {
  errors: {
    generic: "Something went wrong.",
    INVALID_CREDENTIALS: "Wrong ID or password.",
    ACCOUNT_LOCKED_UNTIL: "Locked until {{time}}.",
  },
  fields: { residentId: { issues: { CHECK_CHARACTER_MISMATCH: "Check the last character." } } },
  issues: { generic: "Check this field.", too_big: "Too long." },
};

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: texts } },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

const facts = (domainCode: string, lockedUntil: string | null = null) => ({
  domainCode,
  httpStatus: null,
  issues: [],
  lockedUntil,
});

describe("errorMessage()", () => {
  it("translates a known code", () => {
    expect(errorMessage(i18n.t, facts("INVALID_CREDENTIALS"))).toBe(
      texts.errors.INVALID_CREDENTIALS,
    );
  });

  it("says when a locked account can try again, in China's time", () => {
    expect(errorMessage(i18n.t, facts("ACCOUNT_LOCKED", "2026-06-15T06:30:00.000Z"))).toBe(
      "Locked until 2026-06-15 14:30.",
    );
  });

  it("falls back to a generic sentence for a code it does not know", () => {
    expect(errorMessage(i18n.t, facts("SOMETHING_NEW"))).toBe(texts.errors.generic);
  });
});

describe("issueMessage()", () => {
  it("prefers the field's own wording, then the shared one, then a generic sentence", () => {
    expect(issueMessage(i18n.t, "residentId", "CHECK_CHARACTER_MISMATCH")).toBe(
      texts.fields.residentId.issues.CHECK_CHARACTER_MISMATCH,
    );
    expect(issueMessage(i18n.t, "residentId", "too_big")).toBe(texts.issues.too_big);
    expect(issueMessage(i18n.t, "residentId", "NEVER_HEARD_OF")).toBe(texts.issues.generic);
  });
});

describe("firstIssueByField()", () => {
  it("keeps the first issue of each field", () => {
    expect(
      firstIssueByField([
        { path: ["residentId"], code: "WRONG_LENGTH" },
        { path: ["residentId"], code: "INVALID_CHARACTERS" },
        { path: ["password"], code: "too_small" },
        { path: [], code: "EMPTY" },
      ]),
    ).toEqual({ residentId: "WRONG_LENGTH", password: "too_small" });
  });
});
