import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsCitizen, submitCitizenLogin } from "./support/log-in";

const { activeInsured, sealedInsured } = demoAccounts;

interface AccountSummary {
  maskedResidentId: string;
  status: string;
  sealedSince: string | null;
  lastPaidMonth: string | null;
  balanceFen: number;
}

interface RecentTransactions {
  entries: {
    amountFen: number;
    contributionMonth: string | null;
    institution: { name: string } | null;
  }[];
}

/** Yuan with thousands separators and two decimals, worked out apart from the app's formatter. */
function yuan(fen: number): string {
  const digits = (Math.abs(fen) / 100).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${fen < 0 ? "-" : ""}¥${digits}`;
}

/** 'YYYY-MM' of the month `monthsBefore` months before this one, in China's time zone. */
function monthInChina(monthsBefore: number): string {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number);
  const index = (year ?? 0) * 12 + (month ?? 1) - 1 - monthsBefore;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** 'YYYY-MM' as the app writes it in Chinese: '2026-07' is 2026年7月. */
function chineseMonth(month: string): string {
  const [year, monthOfYear] = month.split("-").map(Number);
  return `${year}年${monthOfYear}月`;
}

async function apiResult<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

describe("the citizen's account", () => {
  const suite = useBrowserSuite();

  const openPhone = () => suite.open(phone);

  it("shows the insured person's name, masked ID, status, balance and recent transactions", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    const summary = await apiResult<AccountSummary>(page, "citizen.accountSummary");
    const maskedId = `${activeInsured.residentId.slice(0, 6)}********${activeInsured.residentId.slice(14)}`;
    expect(summary.maskedResidentId).toBe(maskedId);
    await main.getByText(activeInsured.name, { exact: true }).waitFor();
    await main.getByText(maskedId, { exact: true }).waitFor();
    await main.getByText("正常", { exact: true }).waitFor();
    // The demo person has paid up to last month.
    expect(summary.lastPaidMonth).toBe(monthInChina(1));
    await main.getByText(chineseMonth(monthInChina(1)), { exact: true }).waitFor();

    const balance = yuan(summary.balanceFen);
    expect(balance).toMatch(/^¥\d{1,3}(,\d{3})*\.\d{2}$/);
    await main.getByText(balance, { exact: true }).waitFor();

    const { entries } = await apiResult<RecentTransactions>(page, "citizen.recentTransactions", {
      limit: 20,
    });
    expect(entries.length).toBeGreaterThan(0);
    const transactions = page.getByRole("region", { name: "最近交易" }).getByRole("listitem");
    await transactions.first().waitFor();
    expect(await transactions.count()).toBe(entries.length);
    const newest = entries[0];
    const newestText = await transactions.first().textContent();
    // Facts, not a sentence: the app names the place paid at, or the month a credit is for.
    expect(newestText).toContain(
      newest?.institution?.name ?? chineseMonth(newest?.contributionMonth ?? ""),
    );
    expect(newestText).toContain(yuan(newest?.amountFen ?? 0));

    // GB 11643 characters 7–14 are the birth date: never on screen nor in the document.
    const birthDate = activeInsured.residentId.slice(6, 14);
    expect(await page.locator("body").textContent()).not.toContain(birthDate);
    expect(await page.content()).not.toContain(birthDate);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a sealed account as 封存 from the month it was sealed, and what that means", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, sealedInsured);
    const main = page.getByRole("main");
    await main.getByText("封存", { exact: true }).waitFor();

    // The last contribution was six months ago; the account is sealed from two months after it.
    const sealedSince = monthInChina(4);
    const summary = await apiResult<AccountSummary>(page, "citizen.accountSummary");
    expect(summary).toMatchObject({ status: "SEALED", sealedSince });
    await main.getByText(`自${chineseMonth(sealedSince)}起封存`, { exact: true }).waitFor();
    await main.getByText(/封存期间，个人账户不能支付.*账户里的钱会一直保留/).waitFor();
    await main.getByText(yuan(summary.balanceFen), { exact: true }).waitFor();
    expect(await page.locator("body").textContent()).not.toContain(
      sealedInsured.residentId.slice(6, 14),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says the same thing for a wrong password as for an unknown ID number", async () => {
    const { context, page } = await openPhone();
    async function refusal(account: { residentId: string; password: string }) {
      await page.goto("/login");
      await submitCitizenLogin(page, account);
      const alert = page.getByRole("alert");
      await alert.getByText(/./).waitFor();
      return alert.textContent();
    }

    const wrongPassword = await refusal({ ...activeInsured, password: "Wrong@2026" });
    // The standard's own example number (GB 11643-1999): well-formed, held by nobody here.
    const unknownId = await refusal({ residentId: "11010519491231002X", password: "Wrong@2026" });
    expect(wrongPassword).toContain("身份证号码或密码不正确");
    expect(unknownId).toBe(wrongPassword);
    expect(new URL(page.url()).pathname).toBe("/login");
    await context.close();
  });

  it("logs out to the login page, and Back does not show the account again", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await page.getByRole("heading", { level: 1, name: "个人中心" }).waitFor();
    const signedInCookies = await context.cookies();
    await page.getByRole("main").getByRole("button", { name: "退出登录" }).click();

    await page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();
    await page.getByRole("status").getByText("您已安全退出。").waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();
    const text = await page.locator("body").textContent();
    expect(text).not.toContain(activeInsured.name);
    expect(text).not.toContain("¥");

    // The server has ended the session too: even the old session cookie no longer works.
    await context.addCookies(signedInCookies);
    expect((await askApi(page, "citizen.accountSummary")).status()).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the issuing authority in the header and the four places in a bottom tab bar", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("banner").getByText("云溪县医疗保障局").waitFor();
    const links = page.getByRole("navigation", { name: "主导航" }).getByRole("link");
    expect((await links.allTextContents()).map((text) => text.trim())).toEqual([
      "首页",
      "办事",
      expect.stringMatching(/^消息/),
      "我的",
    ]);
    expect(await links.first().getAttribute("aria-current")).toBe("page");
    // One row at the bottom of the screen, within reach of a thumb.
    const boxes = await links.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().top),
    );
    expect(Math.max(...boxes) - Math.min(...boxes)).toBeLessThan(2);
    expect(Math.min(...boxes)).toBeGreaterThan(600);
    await page.getByRole("contentinfo").getByText(/12333/).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("switches to English and back to Chinese on 我的", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    const nav = page.getByRole("navigation");
    await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    await nav.getByRole("link", { name: "我的" }).click();
    await main.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "My profile" }).waitFor();
    await nav.getByRole("link", { name: "Home" }).click();
    await main.getByRole("heading", { level: 1, name: "My medical insurance account" }).waitFor();
    await main.getByText("Active", { exact: true }).waitFor();
    await main.getByText(/^[A-Z][a-z]+ \d{4}$/).waitFor();
    await page.getByRole("region", { name: "Recent transactions" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.title()).toContain("My medical insurance account");

    await nav.getByRole("link", { name: "Me", exact: true }).click();
    await main.getByRole("button", { name: "中文" }).click();
    await main.getByRole("heading", { level: 1, name: "个人中心" }).waitFor();
    await nav.getByRole("link", { name: "首页" }).click();
    await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    await main.getByText("正常", { exact: true }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(errors).toEqual([]);
    await context.close();
  });
});
