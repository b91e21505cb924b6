import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsStaff, submitStaffLogin, totpCode } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const { administrator } = demoAccounts;
const newClerk = { username: "li.na01", displayName: "李娜", password: "Kx7#mPq2vL9w" };

/** axe finds nothing serious, and the page reflows at 200 % text. */
async function expectAccessible(page: Page, name: string) {
  expect(await seriousAccessibilityViolations(page), name).toEqual([]);
  expect(await reflowProblemsAtDoubleTextSize(page), `${name} at 200 % text`).toEqual([]);
}

describe("a new staff account's first sign-in: authenticator, then its own password", () => {
  const suite = useBrowserSuite();

  it("is created by the administrator, enrols TOTP, changes the password and then works", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    const heading = (name: string) => main.getByRole("heading", { level: 1, name }).waitFor();

    // The administrator creates the account; the temporary password is shown once.
    await logInAsStaff(page, administrator, "/staff/staff-users");
    await heading("经办账号");
    await main.getByRole("cell", { name: "chengguan01" }).waitFor();
    await expectAccessible(page, "staff accounts");
    await screenshot(page, "staff-users");
    await main.getByRole("link", { name: "新建经办账号" }).click();
    await heading("新建经办账号");
    await main.getByLabel("用户名").fill(newClerk.username);
    await main.getByLabel("姓名").fill(newClerk.displayName);
    await main.getByLabel("岗位").selectOption({ label: "服务点经办人" });
    await main.getByLabel("所属机构").selectOption({ label: "城关街道医保服务点（服务点）" });
    await expectAccessible(page, "new staff account");
    await main.getByRole("button", { name: "新建账号" }).click();
    await heading("账号已新建");
    const temporaryPassword = (await main.getByTestId("temporary-password").textContent()) ?? "";
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(8);
    await expectAccessible(page, "account created");
    await screenshot(page, "staff-user-created");
    await main.getByRole("link", { name: "返回经办账号列表" }).click();
    await main.getByRole("cell", { name: newClerk.username }).waitFor();
    await page.keyboard.press("Alt+L");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();

    // First sign-in: no code yet, so the only page open is the enrolment.
    await page.getByLabel("用户名").fill(newClerk.username);
    await page.getByLabel("密码", { exact: true }).fill(temporaryPassword);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/staff/second-factor");
    await heading("绑定动态验证码");
    await page.goto("/staff/applications");
    await page.waitForURL((url) => url.pathname === "/staff/second-factor");
    expect(await page.getByRole("navigation").getByRole("link").count()).toBe(0);
    const qr = main.getByRole("img", { name: /二维码/ });
    await qr.waitFor();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    const secret = ((await main.locator("code.secret").textContent()) ?? "").replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible(page, "enrolment");
    await screenshot(page, "staff-second-factor");

    await main.getByLabel("动态验证码").fill("000000");
    await main.getByRole("button", { name: "确认绑定" }).click();
    await main.getByText("动态验证码不正确或已过期").waitFor();
    await main.getByLabel("动态验证码").fill(await totpCode(newClerk.username, secret));
    await main.getByRole("button", { name: "确认绑定" }).click();

    // The recovery codes, shown once; going on needs the "I have saved them" tick.
    await heading("保存恢复码");
    const codes = main.getByRole("list", { name: "恢复码" }).getByRole("listitem");
    expect(await codes.count()).toBe(10);
    const recoveryCode = (await codes.first().textContent()) ?? "";
    expect(recoveryCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/);
    await main.getByRole("button", { name: "继续" }).click();
    await main.getByText("请确认已保存恢复码后再继续。").waitFor();
    await expectAccessible(page, "recovery codes");
    await screenshot(page, "staff-recovery-codes");
    await main.getByLabel("我已妥善保存这些恢复码").check();
    await main.getByRole("button", { name: "继续" }).click();

    // Then the temporary password must go.
    await page.waitForURL((url) => url.pathname === "/staff/change-password");
    await heading("修改密码");
    await main.getByLabel("当前密码").fill(temporaryPassword);
    await main.getByLabel("新密码", { exact: true }).fill("Password1!");
    await main.getByRole("button", { name: "设置新密码" }).click();
    await main.getByText("这个密码太常见").waitFor();
    await main.getByLabel("新密码", { exact: true }).fill(newClerk.password);
    await main.getByLabel("再次输入新密码").fill(newClerk.password);
    const rules = main.getByText("密码要求").locator("..");
    expect(await rules.textContent()).toContain("至少 8 位（已满足）");
    await expectAccessible(page, "change password");
    await screenshot(page, "staff-change-password");
    await main.getByRole("button", { name: "设置新密码" }).click();
    await page.waitForURL((url) => url.pathname === "/staff/applications");
    await heading("制卡申请");
    await page.getByRole("banner").getByText(newClerk.displayName, { exact: true }).waitFor();

    // From now on, password and authenticator code.
    await page.keyboard.press("Alt+L");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    await submitStaffLogin(page, { ...newClerk, totpSecret: secret });
    await page.waitForURL((url) => url.pathname === "/staff/applications");
    await heading("制卡申请");

    // Without the phone, a recovery code stands in for the authenticator code, once.
    await page.keyboard.press("Alt+L");
    await page.getByLabel("用户名").fill(newClerk.username);
    await page.getByLabel("密码", { exact: true }).fill(newClerk.password);
    await page.getByLabel("动态验证码").fill(recoveryCode);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/staff/applications");
    await heading("制卡申请");
    // The wrong code above was answered 400, which the browser logs; nothing else may be.
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await context.close();
  });

  it("refuses a sign-in without the code once the account has one", async () => {
    const { context, page, errors } = await suite.open(desktop);
    await page.goto("/staff/login");
    await page.getByLabel("用户名").fill(demoAccounts.servicePointClerk.username);
    await page.getByLabel("密码", { exact: true }).fill(demoAccounts.servicePointClerk.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page
      .getByRole("alert")
      .getByText(/动态验证码/)
      .waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff/login");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "staff-login-refused");
    expect(errors).toEqual([]);
    await context.close();
  });
});
