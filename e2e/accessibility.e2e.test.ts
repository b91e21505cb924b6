import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop, phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsStaff, submitCitizenLogin } from "./support/log-in";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

/** What axe and the 200 % text check found on one page; an empty object means nothing. */
async function checkPage(page: Page, found: Record<string, string[]>, name: string) {
  const problems = [
    ...(await seriousAccessibilityViolations(page)),
    ...(await reflowProblemsAtDoubleTextSize(page)).map((problem) => `at 200 % text: ${problem}`),
  ];
  if (problems.length > 0) {
    found[name] = problems;
    console.error(`${name}:\n  ${problems.join("\n  ")}`);
  }
}

describe("accessibility (axe-core, WCAG 2.1 AA; 200 % text without horizontal scrolling)", () => {
  const suite = useBrowserSuite();

  // Each mode with its own person: the server remembers elder mode for whoever switched it on.
  it.each([
    { mode: "normal", elder: false, account: demoAccounts.activeInsured },
    { mode: "elder", elder: true, account: demoAccounts.sealedInsured },
  ])("every citizen page passes at phone size in $mode mode", async ({ elder, account }) => {
    const { context, page, errors } = await suite.open(phone);
    // A controlled clock, so that the session's expiry warning can be brought forward.
    await page.clock.install();
    const found: Record<string, string[]> = {};
    const main = page.getByRole("main");
    const heading = (name: string) => main.getByRole("heading", { level: 1, name }).waitFor();

    await page.goto("/login");
    const elderSwitch = page.getByRole("switch", { name: "长辈模式" });
    if (elder) await elderSwitch.click();
    expect(await elderSwitch.getAttribute("aria-checked")).toBe(String(elder));
    await checkPage(page, found, "login");

    await submitCitizenLogin(page, account);
    await heading(elder ? `${account.name}，您好` : "我的医保账户");
    await main
      .getByText(/¥|您要办什么事/)
      .first()
      .waitFor();
    await checkPage(page, found, "home");

    await page.goto("/balance");
    await heading(elder ? "查余额" : "账户余额");
    await main.getByText(/^¥[\d,]+\.\d\d$/).waitFor();
    await checkPage(page, found, "balance");

    await page.goto("/transactions");
    await heading(elder ? "最近的进出账" : "最近交易");
    await main.getByRole("listitem").first().waitFor();
    await checkPage(page, found, "transactions");

    await page.goto("/profile");
    await heading("个人中心");
    await main.getByText(account.name).waitFor();
    await checkPage(page, found, "profile");

    await page.goto("/no-such-page");
    await heading("页面不存在");
    await checkPage(page, found, "not found");

    // The idle session lasts 30 minutes; the warning comes 2 minutes before its end.
    await page.goto("/");
    await main.getByRole("heading", { level: 1 }).waitFor();
    await page.clock.fastForward("28:30");
    const warning = page.getByRole("alertdialog", { name: "即将自动退出" });
    await warning.waitFor();
    await checkPage(page, found, "session expiry warning");

    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it("every staff page passes at desktop size", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const found: Record<string, string[]> = {};

    await page.goto("/staff/login");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    await checkPage(page, found, "login");

    await logInAsStaff(page, demoAccounts.servicePointClerk);
    // The Monday-morning queue of 城关: 赵丽 is due today.
    await page.getByRole("main").getByText("赵丽").first().waitFor();
    await checkPage(page, found, "applications");

    for (const [path, heading] of [
      ["/staff/applications/new", "窗口登记制卡申请"],
      ["/staff/applications/report-loss", "窗口挂失"],
    ]) {
      await page.goto(path ?? "");
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await checkPage(page, found, path ?? "");
    }

    await page.goto("/staff/no-such-page");
    await page.getByRole("heading", { level: 1, name: "页面不存在" }).waitFor();
    await checkPage(page, found, "not found");

    expect(found).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });
});
