import { describe, expect, it } from "vitest";
import { oneTimeCodeSchema } from "./one-time-code-schema";

describe("oneTimeCodeSchema", () => {
  it("takes six digits, spaces dropped", () => {
    expect(oneTimeCodeSchema.parse(" 123 456 ")).toBe("123456");
  });

  it("says EMPTY for nothing and CODE_FORMAT for anything but six digits", () => {
    const reason = (input: string) => oneTimeCodeSchema.safeParse(input).error?.issues[0]?.message;
    expect(reason("")).toBe("EMPTY");
    expect(reason("12345")).toBe("CODE_FORMAT");
    expect(reason("12345a")).toBe("CODE_FORMAT");
    expect(reason("1234567")).toBe("CODE_FORMAT");
  });
});
