import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { chineseMonth } from "./support/expected-words";
import { askApi, logInAsCitizen } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { staffApi } from "./support/staff-api";
import { screenshot } from "./support/staff-screenshot";

const { activeInsured, sealedInsured, pharmacyOperator } = demoAccounts;

/** The code the page shows as text under the QR code (opening its <details> if need be). */
async function tokenOnScreen(page: Page): Promise<string> {
  const details = page.locator("details.ecard-token-box");
  if ((await details.getAttribute("open")) === null) {
    await details.getByText("二维码扫不出？显示凭证码").click();
  }
  return ((await page.locator("code.ecard-token").textContent()) ?? "").trim();
}

/** Waits until the page shows a code other than `previous`, and answers it. */
async function nextToken(page: Page, previous: string): Promise<string> {
  await expect.poll(() => tokenOnScreen(page)).not.toBe(previous);
  return tokenOnScreen(page);
}

/** Counts the page's requests for a new e-card code. */
function countTokenRequests(page: Page): () => number {
  let count = 0;
  page.on("request", (request) => {
    if (request.url().endsWith("/trpc/citizen.ecard.token")) count += 1;
  });
  return () => count;
}

/** Makes the page hidden or shown again, as switching apps or locking the phone does. */
async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((hide) => {
    if (hide)
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    else delete (document as { visibilityState?: string }).visibilityState;
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

describe("the e-card (医保电子凭证)", () => {
  const suite = useBrowserSuite();

  it("shows a QR code and its code as text that a till accepts, and renews it", async () => {
    const { context, page, errors } = await suite.open(phone);
    // A controlled clock: the code's minute passes when the test says so.
    await page.clock.install();
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await main.getByRole("link", { name: /^出示医保码/ }).click();
    await main.getByRole("heading", { level: 1, name: "医保电子凭证" }).waitFor();

    const qr = main.getByRole("img", { name: "医保电子凭证二维码，请出示给收款员扫描" });
    await qr.waitFor();
    expect(await qr.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(
      0,
    );
    await main.getByText(/^\d+ 秒后自动刷新$/).waitFor();
    await main.getByText("李*兰", { exact: true }).waitFor();
    const first = await tokenOnScreen(page);
    expect(first.split(".")).toHaveLength(3);
    const body = (await page.locator("body").textContent()) ?? "";
    expect(body).not.toContain(activeInsured.residentId.slice(6, 14));
    expect(body).not.toContain(activeInsured.name);
    expect(await pageProblems(page, "e-card")).toEqual([]);
    await screenshot(page, "citizen-ecard");

    // 刷新 gives a new code at once.
    await main.getByRole("button", { name: "刷新" }).click();
    const second = await nextToken(page, first);

    // When the minute is up, the page asks for the next code by itself.
    await page.clock.fastForward("01:01");
    const third = await nextToken(page, second);

    // The code on screen is the one a designated pharmacy's till settles with.
    const till = await suite.open(phone);
    const pharmacy = await staffApi(till.page, pharmacyOperator);
    const settled = await pharmacy.ask<{ maskedName: string; fromAccountFen: number }>(
      "staff.settlement.settle",
      { token: third, terminalTransactionId: "E2E-ECARD-1", amountFen: 1_250 },
    );
    expect(settled).toMatchObject({
      status: 200,
      data: { maskedName: "李*兰", fromAccountFen: 1_250 },
    });
    await till.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks for no code while the page is hidden or left, and a new one when it is back", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.clock.install();
    const tokenRequests = countTokenRequests(page);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await page.goto("/ecard");
    const qr = main.getByRole("img", { name: /^医保电子凭证二维码/ });
    await qr.waitFor();
    const shown = await tokenOnScreen(page);
    const before = tokenRequests();

    await setPageHidden(page, true);
    await main.getByText(/^页面在后台时不显示二维码/).waitFor();
    expect(await page.locator("code.ecard-token").count()).toBe(0);
    await page.clock.fastForward("03:00");
    await setPageHidden(page, false);
    await qr.waitFor();
    expect(await nextToken(page, shown)).not.toBe(shown);
    // Exactly one request since it was hidden: the one made on coming back.
    expect(tokenRequests()).toBe(before + 1);

    await page.getByRole("navigation").getByRole("link", { name: "首页" }).click();
    await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    const left = tokenRequests();
    await page.clock.fastForward("03:00");
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await main.getByRole("heading", { level: 1, name: "个人中心" }).waitFor();
    expect(tokenRequests()).toBe(left);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("warns 王建国 that his sealed account will not pay, as the till then says", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, sealedInsured);
    const main = page.getByRole("main");
    await page.goto("/ecard");
    const summary = (
      (await (await askApi(page, "citizen.accountSummary")).json()) as {
        result: { data: { sealedSince: string } };
      }
    ).result.data;
    const warning = main.getByRole("alert");
    await warning
      .getByText(
        `您的个人账户自${chineseMonth(summary.sealedSince)}起封存：现在用医保码结算，个人账户支付会被拒绝`,
      )
      .waitFor();
    await main.getByRole("img", { name: /^医保电子凭证二维码/ }).waitFor();
    await main
      .getByRole("region", { name: "能不能用" })
      .getByText("封存", { exact: true })
      .waitFor();
    const token = await tokenOnScreen(page);
    expect(await pageProblems(page, "e-card sealed")).toEqual([]);
    await screenshot(page, "citizen-ecard-sealed");

    const till = await suite.open(phone);
    const pharmacy = await staffApi(till.page, pharmacyOperator);
    const refused = await pharmacy.ask("staff.settlement.settle", {
      token,
      terminalTransactionId: "E2E-ECARD-2",
      amountFen: 3_000,
    });
    expect(refused.domainCode).toBe("ACCOUNT_SEALED");
    await till.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is the first tile of the elder home and keeps its large type there", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await main.getByRole("switch", { name: "长辈模式" }).click();
    await page.getByRole("navigation").getByRole("link", { name: "首页" }).click();
    const tasks = main.getByRole("region", { name: "您要办什么事？" }).getByRole("link");
    await tasks.first().waitFor();
    expect(await tasks.first().textContent()).toMatch(/^医保码\s*看病买药时给收款员扫$/);
    await tasks.first().click();
    await main.getByRole("heading", { level: 1, name: "医保电子凭证" }).waitFor();
    await main.getByText("看病买药付钱时，把这个码给收款员扫一下。").waitFor();
    await main.getByRole("img", { name: /^医保电子凭证二维码/ }).waitFor();
    expect(await pageProblems(page, "e-card elder")).toEqual([]);
    await screenshot(page, "citizen-ecard-elder");
    // Put back: the person's saved preference outlives this test.
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await main.getByRole("switch", { name: "长辈模式" }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});
