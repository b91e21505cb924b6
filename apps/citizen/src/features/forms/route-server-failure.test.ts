import { describe, expect, it } from "vitest";
import { routeServerFailure } from "./route-server-failure";

const trpcError = (data: Record<string, unknown>) => Object.assign(new Error("x"), { data });
const routing = {
  fields: ["code", "newPassword"] as const,
  pathAliases: { password: "newPassword" as const },
  codeFields: { VERIFICATION_FAILED: "code" as const },
};

describe("routeServerFailure()", () => {
  it("files a refused password's first rule under the form's own field name", () => {
    const error = trpcError({
      domainCode: "PASSWORD_REJECTED",
      issues: [
        { path: ["password"], code: "TOO_SHORT" },
        { path: ["password"], code: "COMMON" },
      ],
    });
    expect(routeServerFailure(error, routing)).toEqual([
      { field: "newPassword", code: "TOO_SHORT" },
    ]);
  });

  it("gives a wrong code to the code field", () => {
    expect(routeServerFailure(trpcError({ domainCode: "VERIFICATION_FAILED" }), routing)).toEqual([
      { field: "code", code: "VERIFICATION_FAILED" },
    ]);
  });

  it("keeps the form's order whatever the server's", () => {
    const error = trpcError({
      domainCode: "VALIDATION_FAILED",
      issues: [
        { path: ["password"], code: "too_small" },
        { path: ["code"], code: "too_small" },
      ],
    });
    expect(routeServerFailure(error, routing).map((issue) => issue.field)).toEqual([
      "code",
      "newPassword",
    ]);
  });

  it("leaves a failure of no field to the whole form", () => {
    const error = trpcError({
      domainCode: "VALIDATION_FAILED",
      issues: [{ path: ["challengeId"], code: "invalid_string" }],
    });
    expect(routeServerFailure(error, routing)).toEqual([]);
    expect(routeServerFailure(trpcError({ domainCode: "RATE_LIMITED" }), routing)).toEqual([]);
  });
});
