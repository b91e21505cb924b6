import { describe, expect, it } from "vitest";
import { loginCodeSchema } from "./login-code-schema";

describe("loginCodeSchema", () => {
  it("takes the authenticator's six digits or a recovery code", () => {
    expect(loginCodeSchema.parse("123 456")).toBe("123456");
    expect(loginCodeSchema.parse(" ABCD-EFGH ")).toBe("abcd-efgh");
    expect(loginCodeSchema.parse("abcd2389")).toBe("abcd2389");
  });

  it("says why anything else is refused", () => {
    const reason = (input: string) => loginCodeSchema.safeParse(input).error?.issues[0]?.message;
    expect(reason("")).toBe("EMPTY");
    expect(reason("12345")).toBe("CODE_FORMAT");
    expect(reason("abcd-efg1")).toBe("CODE_FORMAT");
    expect(reason("abcd-efgh-ijkl")).toBe("CODE_FORMAT");
  });
});
