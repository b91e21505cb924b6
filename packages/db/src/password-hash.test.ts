import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash";

describe("hashPassword()", () => {
  it("produces an argon2id hash with OWASP's parameters", async () => {
    expect(await hashPassword("Yibao@2026")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("Yibao@2026")).not.toBe(await hashPassword("Yibao@2026"));
  });
});

describe("verifyPassword()", () => {
  it("accepts the password that was hashed", async () => {
    expect(await verifyPassword(await hashPassword("Yibao@2026"), "Yibao@2026")).toBe(true);
  });

  it("rejects a wrong password", async () => {
    expect(await verifyPassword(await hashPassword("Yibao@2026"), "yibao@2026")).toBe(false);
  });

  it("rejects rather than throws on a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "Yibao@2026")).toBe(false);
  });
});
