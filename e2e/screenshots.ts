/**
 * Screenshots of the main pages for docs/screenshots/, taken from the real server and the built
 * apps on a fresh demo county: `pnpm --filter @yibao/e2e screenshots` after building the apps.
 * Writes those PNG files and nothing else.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { demoAccounts } from "@yibao/db";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { desktop, launchBrowser, phone } from "./support/browser";
import { logInAsCitizen, logInAsStaff, submitCitizenLogin, totpCode } from "./support/log-in";
import { codeIn, outboxReader } from "./support/outbox";
import { startYibao } from "./support/start-yibao";

const outputDir = path.resolve(__dirname, "..", "docs", "screenshots");

/** The viewport, or with `fullPage` the whole page, for a form longer than a phone's screen. */
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage });
  console.log(`docs/screenshots/${name}.png`);
}

async function open(browser: Browser, baseUrl: string, options: BrowserContextOptions) {
  // Device pixels as CSS pixels, to keep the files small.
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1, baseURL: baseUrl });
  return { context, page: await context.newPage() };
}

/** Login, home, balance, transactions and profile, as one person sees them in one mode. */
async function citizenPages(page: Page, prefix: string, homeHeading: string): Promise<void> {
  const main = page.getByRole("main");
  const money = main.getByText(/^¥[\d,]+\.\d\d$/);
  await main.getByRole("heading", { level: 1, name: homeHeading }).waitFor();
  await main
    .getByText(/¥|您要办什么事/)
    .first()
    .waitFor();
  await shoot(page, `${prefix}-home`);
  await page.goto("/balance");
  await money.waitFor();
  await shoot(page, `${prefix}-balance`);
  await page.goto("/transactions");
  await main.getByRole("listitem").first().waitFor();
  await shoot(page, `${prefix}-transactions`);
  await page.goto("/profile");
  await main.getByText(demoAccounts.activeInsured.name).waitFor();
  await shoot(page, `${prefix}-profile`);
}

/**
 * 张伟's online account: registration (both steps), 账号安全, changing the password, turning the
 * authenticator on (the QR code, the recovery codes), and the login that then asks for the code.
 */
async function accountSecurityPages(browser: Browser, baseUrl: string): Promise<void> {
  const person = demoAccounts.unregisteredInsured;
  const password = "Yunxi#River8";
  const outbox = outboxReader(() => open(browser, baseUrl, desktop));
  const { context, page } = await open(browser, baseUrl, phone);
  const main = page.getByRole("main");

  await page.goto("/register");
  await main.getByRole("heading", { level: 1, name: "在线注册" }).waitFor();
  await shoot(page, "citizen-register");
  await page.getByLabel("居民身份证号码").fill(person.residentId);
  await page.getByLabel("姓名").fill(person.name);
  await page.getByLabel("手机号码").fill(person.phone);
  const since = new Date(Date.now() - 1000).toISOString();
  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await page.getByLabel("短信验证码").waitFor();
  const masked = `${person.phone.slice(0, 3)}****${person.phone.slice(7)}`;
  await page.getByLabel("短信验证码").fill(codeIn((await outbox.latest(masked, since)).text));
  await page.getByLabel("新密码", { exact: true }).fill("Yunxi#");
  await shoot(page, "citizen-register-code", true);
  await page.getByLabel("新密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "完成注册并登录" }).click();
  await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

  await page.goto("/security");
  await main.getByText("状态：未开启").waitFor();
  await shoot(page, "citizen-security", true);
  await page.goto("/security/password");
  await page.getByLabel("新密码", { exact: true }).fill("erhai lake");
  await shoot(page, "citizen-change-password", true);

  await page.goto("/security/authenticator");
  await main.getByRole("button", { name: "开始设置" }).click();
  const secret = ((await page.locator(".secret code").textContent()) ?? "").replace(/ /g, "");
  await shoot(page, "citizen-authenticator-scan", true);
  const code = await totpCode(`citizen ${person.residentId}`, secret);
  await page.getByLabel("动态验证码", { exact: true }).fill(code);
  await main.getByRole("button", { name: "确认开启" }).click();
  await main.getByRole("heading", { name: "3. 保存恢复码" }).waitFor();
  await shoot(page, "citizen-authenticator-recovery-codes", true);
  await page.getByLabel("我已保存好这些恢复码").check();
  await main.getByRole("button", { name: "完成" }).click();
  await main.getByText("状态：已开启").waitFor();

  await page.goto("/profile");
  await main.getByRole("button", { name: "退出登录" }).click();
  await submitCitizenLogin(page, { residentId: person.residentId, password });
  await page.getByLabel("动态验证码", { exact: true }).waitFor();
  await shoot(page, "citizen-login-code", true);
  await context.close();

  const elder = await open(browser, baseUrl, phone);
  await elder.page.goto("/login");
  await elder.page.getByRole("switch", { name: "长辈模式" }).click();
  await elder.page.getByRole("link", { name: "忘记密码？" }).click();
  await elder.page.getByRole("heading", { level: 1, name: "找回密码" }).waitFor();
  await shoot(elder.page, "citizen-elder-forgot-password", true);
  await elder.context.close();
}

async function main(): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  const [yibao, browser] = await Promise.all([startYibao(), launchBrowser()]);
  const person = demoAccounts.activeInsured;
  try {
    const normal = await open(browser, yibao.baseUrl, phone);
    await normal.page.goto("/login");
    await normal.page.getByRole("switch", { name: "长辈模式" }).waitFor();
    await shoot(normal.page, "citizen-login");
    await submitCitizenLogin(normal.page, person);
    await citizenPages(normal.page, "citizen", "我的医保账户");
    await normal.context.close();

    const english = await open(browser, yibao.baseUrl, phone);
    await logInAsCitizen(english.page, person);
    const nav = english.page.getByRole("navigation");
    await nav.getByRole("link", { name: "我的" }).click();
    await english.page.getByRole("main").getByRole("button", { name: "English" }).click();
    await nav.getByRole("link", { name: "Home" }).click();
    await english.page
      .getByRole("main")
      .getByText(/^¥[\d,]+\.\d\d$/)
      .waitFor();
    await english.page
      .getByRole("heading", { level: 1, name: "My medical insurance account" })
      .waitFor();
    await shoot(english.page, "citizen-home-en");
    await english.context.close();

    // A sealed account: the month it was sealed from, and what sealing means.
    const sealed = await open(browser, yibao.baseUrl, phone);
    await logInAsCitizen(sealed.page, demoAccounts.sealedInsured);
    await sealed.page.goto("/balance");
    await sealed.page
      .getByRole("main")
      .getByText(/^¥[\d,]+\.\d\d$/)
      .waitFor();
    await shoot(sealed.page, "citizen-sealed-balance");
    await sealed.context.close();

    // Last, as switching it on is saved to the person's account.
    const elder = await open(browser, yibao.baseUrl, phone);
    await elder.page.goto("/login");
    await elder.page.getByRole("switch", { name: "长辈模式" }).click();
    await shoot(elder.page, "citizen-elder-login");
    await submitCitizenLogin(elder.page, person);
    await citizenPages(elder.page, "citizen-elder", `${person.name}，您好`);
    await elder.context.close();

    await accountSecurityPages(browser, yibao.baseUrl);

    const staff = await open(browser, yibao.baseUrl, desktop);
    await staff.page.goto("/staff/login");
    await staff.page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    await shoot(staff.page, "staff-login");
    await logInAsStaff(staff.page, demoAccounts.servicePointClerk);
    await staff.page.getByRole("main").getByText("赵丽").first().waitFor();
    await shoot(staff.page, "staff-applications");
    await staff.context.close();
  } finally {
    await browser.close();
    await yibao.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
