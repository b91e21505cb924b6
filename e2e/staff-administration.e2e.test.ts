import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const { activeInsured, administrator, countyCentreClerk, otherServicePointClerk, securityOfficer } =
  demoAccounts;

/** axe finds nothing serious, and the page reflows at 200 % text. */
async function expectAccessible(page: Page, name: string) {
  expect(await seriousAccessibilityViolations(page), name).toEqual([]);
  expect(await reflowProblemsAtDoubleTextSize(page), `${name} at 200 % text`).toEqual([]);
}

/** Browser log lines of answers a test provoked on purpose (wrong passwords, refusals). */
const provoked = /status of 4(00|01|03|29)/;

describe("the staff accounts, the counter's unlock and one's own account", () => {
  const suite = useBrowserSuite();

  it("gives the security officer the privileged accounts to reset and roles to grant", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsStaff(page, securityOfficer, "/staff/staff-users");
    await main.getByRole("cell", { name: "auditor01" }).waitFor();
    // Creating accounts is the administrator's duty.
    expect(await main.getByRole("link", { name: "新建经办账号" }).count()).toBe(0);

    const row = (username: string) => main.getByRole("row").filter({ hasText: username });
    await row("chengguan01").getByRole("button", { name: /管理/ }).click();
    let dialog = page.getByRole("dialog", { name: /chengguan01/ });
    await dialog.waitFor();
    expect(await dialog.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["授予岗位"]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });

    await row("auditor01").getByRole("button", { name: /管理/ }).click();
    dialog = page.getByRole("dialog", { name: /auditor01/ });
    expect(await dialog.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
      "重置密码",
      "重置动态验证码",
      "授予岗位",
    ]);
    await dialog.getByRole("button", { name: "生成临时密码" }).click();
    await dialog.getByTestId("temporary-password").waitFor();
    await expectAccessible(page, "manage an account");
    await screenshot(page, "staff-manage-account");
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets a clerk lift an insured person's online login lock after checking the ID", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    // Five wrong passwords lock 李秀兰's online login.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await askApi(page, "auth.citizenLogin", {
        residentId: activeInsured.residentId,
        password: "not-her-password",
      });
      expect(answer.status()).toBeGreaterThanOrEqual(400);
    }

    await logInAsStaff(page, otherServicePointClerk);
    await page.keyboard.press("Alt+J");
    await main.getByRole("heading", { level: 1, name: "解除参保人网上登录锁定" }).waitFor();
    await main.getByLabel("居民身份证号码").fill(activeInsured.residentId);
    await main.getByRole("button", { name: "解除锁定" }).click();
    await main.getByText("请先核验本人有效身份证件，并勾选此项。").waitFor();
    await main.getByLabel("已核验本人有效身份证件").check();
    await main.getByRole("button", { name: "解除锁定" }).click();
    await main.getByRole("status").getByText("已解除该参保人的网上登录锁定").waitFor();
    expect(await main.getByLabel("居民身份证号码").inputValue()).toBe("");
    await expectAccessible(page, "unlock online login");
    await screenshot(page, "staff-citizen-login-unlock");

    // Asked again, there is nothing left to unlock.
    await main.getByLabel("居民身份证号码").fill(activeInsured.residentId);
    await main.getByLabel("已核验本人有效身份证件").check();
    await main.getByRole("button", { name: "解除锁定" }).click();
    await main.getByRole("status").getByText("目前没有被锁定").waitFor();
    expect(errors.filter((error) => !provoked.test(error))).toEqual([]);
    await context.close();

    // The text message that told her is in the development outbox.
    const admin = await suite.open(desktop);
    await logInAsStaff(admin.page, administrator, "/staff/staff-users");
    await admin.page.keyboard.press("Alt+O");
    const outbox = admin.page.getByRole("main");
    await outbox.getByRole("heading", { level: 1, name: "短信发件箱" }).waitFor();
    await outbox.getByRole("table", { name: "已发送的短信" }).getByRole("row").nth(1).waitFor();
    await expectAccessible(admin.page, "outbox");
    await screenshot(admin.page, "staff-outbox");
    expect(admin.errors).toEqual([]);
    await admin.context.close();
  });

  it("shows one's own account and signs out everywhere", async () => {
    const other = await suite.open(desktop);
    await logInAsStaff(other.page, countyCentreClerk);
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsStaff(page, countyCentreClerk);
    await page.keyboard.press("Alt+M");
    await main.getByRole("heading", { level: 1, name: "我的账号" }).waitFor();
    await main.getByText(countyCentreClerk.displayName).waitFor();
    await main.getByLabel("当前密码").waitFor();
    await expectAccessible(page, "my account");
    await screenshot(page, "staff-account");

    await main.getByRole("button", { name: "在所有设备上退出" }).click();
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    // The other PC's session has ended too.
    const answer = await askApi(other.page, "staff.session");
    expect(((await answer.json()) as { result: { data: unknown } }).result.data).toBeNull();
    expect(errors).toEqual([]);
    await other.context.close();
    await context.close();
  });
});
