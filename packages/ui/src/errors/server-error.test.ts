import { describe, expect, it } from "vitest";
import {
  issuesFromParse,
  isUnauthenticated,
  isWorthRetrying,
  readServerError,
} from "./server-error";

const trpcError = (data: Record<string, unknown>) => Object.assign(new Error("x"), { data });

describe("readServerError()", () => {
  it("reads the domain code, field issues and lock time that the server sends", () => {
    const facts = readServerError(
      trpcError({
        domainCode: "ACCOUNT_LOCKED",
        httpStatus: 429,
        lockedUntil: "2026-06-15T06:30:00.000Z",
        issues: [{ path: ["residentId"], code: "WRONG_LENGTH" }, { nonsense: true }],
      }),
    );
    expect(facts).toEqual({
      domainCode: "ACCOUNT_LOCKED",
      httpStatus: 429,
      lockedUntil: "2026-06-15T06:30:00.000Z",
      issues: [{ path: ["residentId"], code: "WRONG_LENGTH" }],
    });
  });

  it("calls a failed fetch a network problem", () => {
    expect(
      readServerError(Object.assign(new Error("x"), { cause: new TypeError("Failed to fetch") }))
        .domainCode,
    ).toBe("NETWORK");
  });

  it("calls anything else internal", () => {
    expect(readServerError(new Error("boom")).domainCode).toBe("INTERNAL");
    expect(readServerError(undefined).domainCode).toBe("INTERNAL");
  });
});

describe("isWorthRetrying()", () => {
  it("never retries a 4xx answer", () => {
    expect(isWorthRetrying(trpcError({ domainCode: "UNAUTHENTICATED", httpStatus: 401 }), 0)).toBe(
      false,
    );
    expect(
      isWorthRetrying(trpcError({ domainCode: "VALIDATION_FAILED", httpStatus: 400 }), 0),
    ).toBe(false);
  });

  it("retries a server or network failure twice", () => {
    const failure = trpcError({ domainCode: "INTERNAL", httpStatus: 500 });
    expect(isWorthRetrying(failure, 1)).toBe(true);
    expect(isWorthRetrying(failure, 2)).toBe(false);
    expect(isWorthRetrying(new TypeError("Failed to fetch"), 0)).toBe(true);
  });
});

describe("isUnauthenticated()", () => {
  it("recognises an ended session", () => {
    expect(isUnauthenticated(trpcError({ domainCode: "UNAUTHENTICATED", httpStatus: 401 }))).toBe(
      true,
    );
    expect(
      isUnauthenticated(trpcError({ domainCode: "INVALID_CREDENTIALS", httpStatus: 401 })),
    ).toBe(false);
  });
});

describe("issuesFromParse()", () => {
  it("takes a custom issue's reason code from its message, like the server", () => {
    expect(
      issuesFromParse([
        { code: "custom", message: "CHECK_CHARACTER_MISMATCH", path: [] },
        { code: "too_small", message: "Too small", path: ["password"] },
      ]),
    ).toEqual([
      { path: [], code: "CHECK_CHARACTER_MISMATCH" },
      { path: ["password"], code: "too_small" },
    ]);
  });
});
