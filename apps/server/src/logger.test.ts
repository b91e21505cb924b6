import { describe, expect, it } from "vitest";
import { captureLogs } from "./testing/capture-logs";

describe("createLogger()", () => {
  it("redacts identities, secrets and sessions wherever a careless call puts them", () => {
    const secrets = {
      residentId: "110101199003071234",
      phone: "13800138000",
      password: "correct horse",
      newPassword: "new horse",
      currentPassword: "old horse",
      otp: "482913",
      code: "771204",
      token: "session-token-abc",
      idNumber: "110101199003075678",
    };
    const captured = captureLogs("info");
    captured.logger.info(
      {
        ...secrets,
        procedure: "auth.citizenLogin",
        input: { residentId: "110101199003079999", code: "551234" },
        person: { phone: "13900139000", password: "nested horse" },
        req: { headers: { cookie: "yibao_citizen_session=abc", authorization: "Bearer xyz" } },
        err: { message: "boom", code: "P2002", input: { residentId: "110101199003070000" } },
      },
      "careless",
    );
    const [line] = captured.lines();
    const text = JSON.stringify(line);
    for (const secret of [
      ...Object.values(secrets),
      "110101199003079999",
      "551234",
      "13900139000",
      "nested horse",
      "yibao_citizen_session=abc",
      "Bearer xyz",
      "110101199003070000",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(line).toMatchObject({
      residentId: "[redacted]",
      procedure: "auth.citizenLogin",
      err: { message: "boom", code: "P2002", input: "[redacted]" },
      req: { headers: { cookie: "[redacted]" } },
    });
  });
});
