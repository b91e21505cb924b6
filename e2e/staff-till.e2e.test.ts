import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { citizenApi } from "./support/citizen-api";
import { chineseMonth, yuan } from "./support/expected-words";
import { logInAsStaff } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

const { activeInsured, sealedInsured, pharmacyOperator } = demoAccounts;

interface AccountSummary {
  balanceFen: number;
  sealedSince: string | null;
}

/** The requests a page's server refused as not allowed: a page the role cannot use. */
function forbiddenRequests(page: Page): string[] {
  const refused: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 403) refused.push(new URL(response.url()).pathname);
  });
  return refused;
}

/** One sale at the till, as the cashier makes it: the amount, then the scanner types the code and Enter. */
async function sell(page: Page, amount: string, token: string): Promise<void> {
  const form = page.getByRole("form", { name: "本笔结算" });
  await form.getByLabel("金额（元）").fill(amount);
  const code = form.getByLabel("医保电子凭证");
  await code.fill(token);
  await code.press("Enter");
}

describe("the till of a designated pharmacy", () => {
  const suite = useBrowserSuite();

  it("settles with 李秀兰's e-card, answers a resent sale with the same payment, and reverses it", async () => {
    const { page: phone } = await suite.open(desktop);
    const liXiulan = await citizenApi(phone, activeInsured);
    const { balanceFen } = await liXiulan.ask<AccountSummary>("citizen.accountSummary");

    const { context, page, errors } = await suite.open(desktop);
    const refused = forbiddenRequests(page);
    await logInAsStaff(page, pharmacyOperator, "/staff/settlement");
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "医保结算" }).waitFor();
    // Its own pharmacy in the header, and nothing of the county's work in the navigation.
    await page.getByRole("banner").getByText(pharmacyOperator.institutionName).waitFor();
    const nav = page.getByRole("navigation", { name: "主导航" });
    expect(await nav.getByRole("link").allTextContents()).toEqual(["医保结算"]);

    // The answer to the first try is lost on the way back: the server settled, the till does not
    // know. The same sale sent again must come back as that payment, not as a second one.
    let answers = 0;
    await page.route("**/trpc/staff.settlement.settle", async (route) => {
      answers += 1;
      if (answers > 1) return route.continue();
      await route.fetch();
      await route.abort("connectionreset");
    });
    const number = await main.getByLabel("终端流水号").inputValue();
    const billFen = balanceFen + 2_000;
    await sell(page, (billFen / 100).toFixed(2), await liXiulan.ecardToken());
    await main.getByRole("alert").getByText("流水号没有变，不会重复扣款").waitFor();
    expect(await main.getByLabel("终端流水号").inputValue()).toBe(number);
    await main.getByRole("button", { name: "结算", exact: true }).click();

    const receipt = main.getByRole("region", { name: "结算成功" });
    await receipt.waitFor();
    const receiptText = await receipt.textContent();
    expect(receiptText).toContain("李*兰");
    expect(receiptText).not.toContain(activeInsured.name);
    // The account pays what it holds, the person the ¥20.00 above it.
    expect(receiptText).toContain(`个人账户支付${yuan(balanceFen)}`);
    expect(receiptText).toContain(`个人自付${yuan(2_000)}`);
    expect(receiptText).toContain(number);
    await receipt.getByText(`请向参保人收取 ${yuan(2_000)}。`).waitFor();
    expect(answers).toBe(2);
    // The next sale gets the next number.
    expect(await main.getByLabel("终端流水号").inputValue()).not.toBe(number);

    const today = main.getByRole("region", { name: "今日结算列表" });
    const row = today.getByRole("row", { name: new RegExp(number) });
    await row.waitFor();
    expect(await today.getByRole("row").count()).toBe(2);
    expect(await row.textContent()).toContain(yuan(billFen));
    expect(await pageProblems(page, "till")).toEqual([]);
    await screenshot(page, "staff-till");
    await page.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Insurance payment" }).waitFor();
    await screenshot(page, "staff-till-en");
    await page.getByRole("button", { name: "中文" }).click();

    await row.getByRole("button", { name: `冲正流水号 ${number} 的结算` }).click();
    const dialog = page.getByRole("dialog", { name: "冲正这笔结算？" });
    await dialog.getByText(`个人账户支付的 ${yuan(balanceFen)} 退回`).waitFor();
    await screenshot(page, "staff-till-reverse");
    await dialog.getByRole("button", { name: "确认冲正" }).click();
    await row.getByText("已冲正").waitFor();
    await main
      .getByText(`流水号 ${number} 已冲正，${yuan(balanceFen)} 已退回参保人的个人账户。`)
      .waitFor();
    expect(await row.getByRole("button").count()).toBe(0);
    expect((await liXiulan.ask<AccountSummary>("citizen.accountSummary")).balanceFen).toBe(
      balanceFen,
    );

    // Its own account page opens; the county's pages send it back to its till.
    await page.getByRole("link", { name: "我的账号" }).click();
    await main.getByRole("heading", { level: 1, name: "我的账号" }).waitFor();
    await main.getByText(pharmacyOperator.institutionName).waitFor();
    await page.goto("/staff/calendar");
    await page.waitForURL((url) => url.pathname === "/staff/settlement");
    expect(refused).toEqual([]);
    // The one request the test cut off, as the browser reports it.
    expect(errors.filter((error) => !/ERR_CONNECTION_RESET|ERR_FAILED/.test(error))).toEqual([]);
    await context.close();
  });

  it("refuses an e-card code used twice, and 王建国's sealed account with the month it was sealed from", async () => {
    const { page: phone } = await suite.open(desktop);
    const liXiulan = await citizenApi(phone, activeInsured);
    const { page: otherPhone } = await suite.open(desktop);
    const wangJianguo = await citizenApi(otherPhone, sealedInsured);
    const { sealedSince } = await wangJianguo.ask<AccountSummary>("citizen.accountSummary");
    expect(sealedSince).toMatch(/^\d{4}-\d{2}$/);

    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, pharmacyOperator, "/staff/settlement");
    const main = page.getByRole("main");
    const token = await liXiulan.ecardToken();
    await sell(page, "12.00", token);
    await main.getByRole("region", { name: "结算成功" }).getByText("李*兰").waitFor();

    await sell(page, "8.00", token);
    const code = main.getByLabel("医保电子凭证");
    await main.getByText("医保电子凭证无效、已过期或已使用过").waitFor();
    // Cleared and ready for the refreshed code.
    expect(await code.inputValue()).toBe("");
    await expect.poll(() => code.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await main.getByRole("region", { name: "结算成功" }).count()).toBe(0);

    await sell(page, "15.00", await wangJianguo.ecardToken());
    await main
      .getByRole("alert")
      .getByText(
        `该参保人医保个人账户已封存（自${chineseMonth(sealedSince ?? "")}起），不能使用个人账户支付，请按自费结算。`,
      )
      .waitFor();
    expect(await pageProblems(page, "till refused")).toEqual([]);
    await screenshot(page, "staff-till-sealed");
    // Only the first sale was settled.
    const today = main.getByRole("region", { name: "今日结算列表" });
    await today.getByRole("row", { name: /¥12\.00/ }).waitFor();
    expect(await today.getByRole("row", { name: /¥8\.00|¥15\.00/ }).count()).toBe(0);
    // The browser reports the two refusals the app has just put in words.
    expect(errors.filter((error) => !/status of (400|409)/.test(error))).toEqual([]);
    await context.close();
  });
});
