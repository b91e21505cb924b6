import { describe, expect, it } from "vitest";
import { en } from "./en";
import { resourceProblems } from "./resource-problems";
import { withSharedTexts } from "./with-shared-texts";
import { zhCN } from "./zh-CN";

describe("the shared components' i18n resources", () => {
  it("have every text in zh-CN and en, none of them empty", () => {
    expect(resourceProblems({ "zh-CN": zhCN, en })).toEqual([]);
  });
});

describe("withSharedTexts()", () => {
  const app = {
    "zh-CN": { app: { name: "医保服务" }, session: { warningBody: "还要继续用吗？" } },
    en: { app: { name: "Medical Insurance Services" }, session: { warningBody: "Keep going?" } },
  };
  const merged = withSharedTexts(app) as Record<"zh-CN" | "en", typeof zhCN & typeof app.en>;

  it("puts the app's texts beside the shared ones in the same group", () => {
    expect(merged["zh-CN"].app).toMatchObject({ name: "医保服务", retry: "重试" });
    expect(merged.en.app).toMatchObject({ name: "Medical Insurance Services", retry: "Try again" });
  });

  it("lets the app word a shared text its own way, leaving the rest of the group shared", () => {
    expect(merged["zh-CN"].session.warningBody).toBe("还要继续用吗？");
    expect(merged["zh-CN"].session.staySignedIn).toBe("继续使用");
  });

  it("leaves the shared texts as they were", () => {
    expect(zhCN.session.warningBody).not.toBe("还要继续用吗？");
  });
});
