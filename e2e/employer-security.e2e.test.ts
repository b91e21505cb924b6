import { demoEmployerAgents } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, totpCode, turnOffAuthenticator } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

// 马丽 of 顺达物流: 杨帆's demo password stays as it is for the tests that sign him in.
const agent = demoEmployerAgents.logisticsCompanyAgent;
const authenticator = `employer ${agent.creditCode}/${agent.residentId}`;
// 马丽's password after she has changed it (the first test), which the second signs in with.
const changedPassword = "Shunda#Road26";

/** A refused password or code is a 400 answer, which the browser logs; the portal handles it. */
const unexpected = (errors: string[]) => errors.filter((error) => !/status of 400/.test(error));

/** Fills in the portal's sign-in form, already on screen, and submits it. */
async function submitAgentLogin(page: Page, password: string): Promise<void> {
  await page.getByLabel("统一社会信用代码").fill(agent.creditCode);
  await page.getByLabel("经办人身份证号码").fill(agent.residentId);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

async function logInAsAgent(page: Page, password: string): Promise<void> {
  await page.goto("/employer");
  await page.waitForURL("**/employer/login");
  await submitAgentLogin(page, password);
  await page.getByRole("heading", { level: 1, name: "批量申领医保卡" }).waitFor();
}

async function openSecurity(page: Page): Promise<void> {
  await page.getByRole("navigation").getByRole("link", { name: "账号安全" }).click();
  await page.getByRole("main").getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "退出登录" }).click();
  await page.getByRole("heading", { level: 1, name: "用人单位经办人登录" }).waitFor();
}

describe("the employer portal's 账号安全", () => {
  const suite = useBrowserSuite();

  it("马丽 changes her password, and signs in with the new one only", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    const found: string[] = [];
    const check = async (name: string) => found.push(...(await pageProblems(page, name)));
    await logInAsAgent(page, agent.password);
    await openSecurity(page);
    // The agent's own account, in the portal's frame: the employer stays named in the header.
    await page.getByRole("banner").getByText("经办人：马丽").waitFor();
    await main.getByText(/^这是您本人的经办人账号/).waitFor();
    await main.getByText("状态：未开启").waitFor();
    await check("security");
    await screenshot(page, "employer-security");

    await main.getByRole("link", { name: "修改密码" }).click();
    await main.getByRole("heading", { level: 1, name: "修改密码" }).waitFor();
    const current = page.getByLabel("当前密码");
    await current.fill("Not-my-password1");
    await page.getByLabel("新密码", { exact: true }).fill(changedPassword);
    await main.getByRole("button", { name: "确认修改" }).click();
    await main.getByText("当前密码不正确，请核对后重新输入。").waitFor();
    expect(await current.evaluate((input) => input === document.activeElement)).toBe(true);
    await check("change password with errors");
    await screenshot(page, "employer-change-password");

    await current.fill(agent.password);
    await main.getByRole("button", { name: "确认修改" }).click();
    await main.getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
    await main.getByRole("status").getByText("密码已修改。").waitFor();
    expect(new URL(page.url()).pathname).toBe("/employer/security");

    // The demo password no longer opens her account; the new one does.
    await signOut(page);
    await submitAgentLogin(page, agent.password);
    await page
      .getByRole("alert")
      .getByText(/^统一社会信用代码、身份证号码或密码不正确/)
      .waitFor();
    await submitAgentLogin(page, changedPassword);
    await main.getByRole("heading", { level: 1, name: "批量申领医保卡" }).waitFor();
    expect(found).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("马丽 turns the authenticator on, is asked for its code at sign-in, and signs out everywhere", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    const found: string[] = [];
    const check = async (name: string) => found.push(...(await pageProblems(page, name)));
    await logInAsAgent(page, changedPassword);
    await openSecurity(page);
    await main.getByRole("link", { name: "开启身份验证器" }).click();
    await main.getByRole("heading", { level: 1, name: "开启身份验证器" }).waitFor();
    await check("authenticator, intro");
    await main.getByRole("button", { name: "开始设置" }).click();

    const qr = main.getByRole("img", { name: "用身份验证器扫描的二维码" });
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    const secret = ((await main.locator(".secret code").textContent()) ?? "").replace(/ /g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await check("authenticator, scan");
    await screenshot(page, "employer-authenticator-scan");
    await page
      .getByLabel("动态验证码", { exact: true })
      .fill(await totpCode(authenticator, secret));
    await main.getByRole("button", { name: "确认开启" }).click();

    await main.getByRole("heading", { name: "3. 保存恢复码" }).waitFor();
    expect(await main.locator(".recovery-codes code").count()).toBe(10);
    await main.getByRole("button", { name: "完成" }).click();
    await main.getByText("请先保存恢复码，然后勾选这一项。").waitFor();
    await check("authenticator, recovery codes");
    await screenshot(page, "employer-authenticator-recovery-codes");
    await page.getByLabel("我已保存好这些恢复码").check();
    await main.getByRole("button", { name: "完成" }).click();
    await main.getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
    await main
      .getByRole("status")
      .getByText(/身份验证器已开启/)
      .waitFor();
    await main.getByText("状态：已开启").waitFor();
    await check("security, authenticator on");

    // The next sign-in asks for the code once the password is right, and takes it.
    await signOut(page);
    await submitAgentLogin(page, changedPassword);
    await page.getByRole("alert").getByText("请输入身份验证器上的 6 位动态验证码。").waitFor();
    const otp = page.getByLabel("动态验证码", { exact: true });
    expect(await otp.evaluate((input) => input === document.activeElement)).toBe(true);
    await check("login, code asked");
    await otp.fill(await totpCode(authenticator, secret));
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await main.getByRole("heading", { level: 1, name: "批量申领医保卡" }).waitFor();

    // Turning it off takes the password and a current code.
    await openSecurity(page);
    await main.getByRole("link", { name: "关闭身份验证器" }).click();
    await main.getByRole("heading", { level: 1, name: "关闭身份验证器" }).waitFor();
    await main.getByRole("button", { name: "确认关闭" }).click();
    await main.getByText("请输入密码。").waitFor();
    await check("turn off the authenticator with errors");
    await turnOffAuthenticator(page, { password: changedPassword, authenticator, secret });

    // 退出所有设备: asked in place, then the portal's sign-in says what happened.
    await main.getByRole("button", { name: "退出所有设备" }).click();
    await main.getByText("确定要退出所有设备吗？之后每台设备都需要重新登录。").waitFor();
    await check("security, sign out everywhere asked");
    await main.getByRole("button", { name: "确定退出" }).click();
    await page.getByRole("heading", { level: 1, name: "用人单位经办人登录" }).waitFor();
    await page
      .getByRole("status")
      .getByText("已在所有设备上退出登录。请用密码重新登录。")
      .waitFor();
    // The server has ended the session: the portal's "who is signed in" answers nobody.
    const session = await askApi(page, "employer.session");
    expect(await session.json()).toMatchObject({ result: { data: null } });
    expect(await page.locator("body").textContent()).not.toContain(agent.name);
    await page.goto("/employer/security");
    await page.waitForURL("**/employer/login");

    expect(found).toEqual([]);
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("words 账号安全 in English too", async () => {
    const { context, page, errors } = await suite.open(desktop);
    await logInAsAgent(page, changedPassword);
    await openSecurity(page);
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "Account security" }).waitFor();
    await main.getByText(/^This is your own account as an agent/).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "Account security" }).waitFor();
    expect(await pageProblems(page, "security in English")).toEqual([]);
    await screenshot(page, "employer-security-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
