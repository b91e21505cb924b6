import { describe, expect, it } from "vitest";
import { zhCN } from "../../i18n/zh-CN";
import { auditRoleKey } from "./audit-role-key";

const wordOf = (key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN);

describe("auditRoleKey()", () => {
  it("names an employer's agent as such, not as an insured person", () => {
    expect(wordOf(auditRoleKey("EMPLOYER_AGENT"))).toBe("单位经办人");
    expect(wordOf(auditRoleKey("INSURED"))).toBe("参保人");
  });

  it("names each staff role by its own word", () => {
    expect(wordOf(auditRoleKey("BUREAU_CLERK"))).toBe(zhCN.roles.BUREAU_CLERK);
    expect(wordOf(auditRoleKey("TAX_OFFICER"))).toBe(zhCN.roles.TAX_OFFICER);
  });
});
