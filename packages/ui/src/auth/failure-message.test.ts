import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { failureMessage, retryAfterSeconds } from "./failure-message";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      en: {
        translation: {
          errors: {
            generic: "Something went wrong.",
            RATE_LIMITED: "Too many attempts.",
            RATE_LIMITED_AFTER: "Too many attempts: try again in {{seconds}} s.",
            INVALID_CREDENTIALS: "Wrong username or password.",
          },
        },
      },
    },
    lng: "en",
    interpolation: { escapeValue: false },
  });
});

const refused = (data: Record<string, unknown>) => ({ data });

describe("failureMessage()", () => {
  it("says how long to wait when the server is refusing for too many attempts", () => {
    expect(
      failureMessage(i18n.t, refused({ domainCode: "RATE_LIMITED", retryAfterSeconds: 42 })),
    ).toBe("Too many attempts: try again in 42 s.");
  });

  it("still says what happened when the server gave no time", () => {
    expect(failureMessage(i18n.t, refused({ domainCode: "RATE_LIMITED" }))).toBe(
      "Too many attempts.",
    );
  });

  it("words any other failure by its code", () => {
    expect(failureMessage(i18n.t, refused({ domainCode: "INVALID_CREDENTIALS" }))).toBe(
      "Wrong username or password.",
    );
  });
});

describe("retryAfterSeconds()", () => {
  it("reads whole seconds, rounded up, and nothing that is not a positive number", () => {
    expect(retryAfterSeconds(refused({ retryAfterSeconds: 1.2 }))).toBe(2);
    expect(retryAfterSeconds(refused({ retryAfterSeconds: "42" }))).toBeNull();
    expect(retryAfterSeconds(refused({ retryAfterSeconds: 0 }))).toBeNull();
    expect(retryAfterSeconds(new Error("offline"))).toBeNull();
  });
});
