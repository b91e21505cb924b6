import { demoAccounts, demoPassword } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop, phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import {
  askApi,
  logInAsCitizen,
  submitCitizenLogin,
  totpCode,
  turnOffAuthenticator,
} from "./support/log-in";
import { codeIn, outboxReader } from "./support/outbox";
import { pageProblems } from "./support/page-problems";

const zhang = demoAccounts.unregisteredInsured;
const maskedPhone = `${zhang.phone.slice(0, 3)}****${zhang.phone.slice(7)}`;
// 张伟's passwords, one per step of his story: registered, then reset, then changed.
const registeredPassword = "Yunxi#River8";
const resetPassword = "Lancang@Road7";
const changedPassword = "Erhai$Lake59";

// Made-up resident ID numbers with valid check characters, held by nobody: the same answer.
const nobody = [
  { residentId: "11010519491231002X", name: "某某", phone: "13800001111" },
  { residentId: "110105195001010012", name: "某某", phone: "13800002222" },
];

/** A refused code or password is a 400 answer, which the browser logs; the app handles it. */
const unexpected = (errors: string[]) => errors.filter((error) => !/status of 400/.test(error));

const step2 = "第 2 步（共 2 步）：输入验证码，设置密码";
const tooOften = /^操作太频繁，请在 (\d+) 秒后再试。$/;

/**
 * The step 1 form of 注册 or 忘记密码, filled in and sent; answers when the code was asked for.
 * One code a minute per person: when the server says to wait, the test waits as long as it says.
 */
async function askForCode(
  page: Page,
  details: { residentId: string; name: string; phone: string },
) {
  await page.getByLabel("居民身份证号码").fill(details.residentId);
  await page.getByLabel("姓名").fill(details.name);
  await page.getByLabel("手机号码").fill(details.phone);
  for (;;) {
    const since = new Date(Date.now() - 1000).toISOString();
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    const refusal = page.getByRole("alert").getByText(tooOften);
    const sent = page.getByRole("heading", { name: step2 });
    await sent.or(refusal).waitFor();
    if (await sent.isVisible()) return since;
    const seconds = Number(tooOften.exec((await refusal.textContent()) ?? "")?.[1]);
    await page.waitForTimeout(seconds * 1000 + 200);
  }
}

async function signOut(page: Page) {
  await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
  await page.getByRole("main").getByRole("button", { name: "退出登录" }).click();
  await page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();
}

async function openSecurity(page: Page) {
  await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
  await page.getByRole("link", { name: /^账号安全/ }).click();
  await page.getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
}

/** The rule list under a new password: each rule's text and whether it is ticked. */
async function ruleStates(page: Page): Promise<Record<string, string>> {
  const items = await page.locator(".password-rules li").allTextContents();
  return Object.fromEntries(
    items.map((text) => {
      const state = /（(已满足|未满足)）$/.exec(text)?.[1] ?? "server";
      return [text.replace(/^[✓○·]/, "").replace(/（.*）$/, ""), state];
    }),
  );
}

describe("a citizen's online account: registration, recovery, security", () => {
  const suite = useBrowserSuite();
  const outbox = outboxReader(() => suite.open(desktop));

  it("张伟 registers with his details and the texted code, is signed in, and signs in again", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.goto("/login");
    await page.getByRole("link", { name: "在线注册" }).click();
    await page.getByRole("heading", { level: 1, name: "在线注册" }).waitFor();

    // A typing mistake is said before anything is sent, and the field takes focus.
    await page.getByLabel("居民身份证号码").fill(zhang.residentId);
    await page.getByLabel("姓名").fill(zhang.name);
    await page.getByLabel("手机号码").fill("1508734129");
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await page.getByText("手机号码应为 1 开头的 11 位数字，请核对。").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("tel");

    const since = await askForCode(page, zhang);
    const sent = page.getByRole("status");
    expect(await sent.textContent()).toBe(
      `如果信息与参保登记一致，验证码已发送至 ${maskedPhone}。`,
    );
    // Only the masked number is shown, nowhere the whole of it.
    expect(await page.locator("body").textContent()).not.toContain(zhang.phone);
    const code = page.getByLabel("短信验证码");
    expect(await code.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await code.getAttribute("inputmode")).toBe("numeric");
    await page.getByText(/^\d+ 秒后可以重新获取验证码$/).waitFor();

    // The password's rules are ticked while typing, by the domain's own check.
    const password = page.getByLabel("新密码", { exact: true });
    await password.fill("abc");
    expect(await ruleStates(page)).toMatchObject({
      "至少 8 位": "未满足",
      不包含身份证号码: "已满足",
    });
    await password.fill(`Zw#${zhang.residentId.slice(-6)}`);
    expect(await ruleStates(page)).toMatchObject({
      "至少 8 位": "已满足",
      不包含身份证号码: "未满足",
    });
    await password.fill(registeredPassword);
    expect(Object.values(await ruleStates(page))).toEqual(Array(5).fill("已满足"));

    // A wrong code: said on the code field, which takes focus.
    const texted = codeIn((await outbox.latest(maskedPhone, since)).text);
    await code.fill(texted === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "完成注册并登录" }).click();
    await page.getByText("验证码不正确或已失效，请核对后重新输入，或重新获取验证码。").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete"))).toBe(
      "one-time-code",
    );

    await code.fill(texted);
    await page.getByRole("button", { name: "完成注册并登录" }).click();
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    await page.getByRole("status").getByText("注册成功，已为您登录。").waitFor();
    await page.getByRole("main").getByText(zhang.name, { exact: true }).waitFor();

    await signOut(page);
    await logInAsCitizen(page, { residentId: zhang.residentId, password: registeredPassword });
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("张伟, who forgot his password, sets a new one with a texted code (not a recent one)", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.goto("/login");
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await page.getByRole("heading", { level: 1, name: "找回密码" }).waitFor();
    const since = await askForCode(page, zhang);
    await page.getByRole("status").getByText(`验证码已发送至 ${maskedPhone}`).waitFor();
    await page
      .getByLabel("短信验证码")
      .fill(codeIn((await outbox.latest(maskedPhone, since)).text));

    // The server alone knows the recent passwords: its refusal comes back on the field.
    const password = page.getByLabel("新密码", { exact: true });
    await password.fill(registeredPassword);
    await page.getByRole("button", { name: "设置新密码并登录" }).click();
    await page.getByText("不能使用最近用过的密码，请换一个。").waitFor();
    expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);

    await password.fill(resetPassword);
    await page.getByRole("button", { name: "设置新密码并登录" }).click();
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    await page.getByRole("status").getByText("新密码已设置，已为您登录。").waitFor();

    await signOut(page);
    await submitCitizenLogin(page, { residentId: zhang.residentId, password: registeredPassword });
    await page.getByRole("alert").getByText("身份证号码或密码不正确").waitFor();
    await submitCitizenLogin(page, { residentId: zhang.residentId, password: resetPassword });
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("张伟 changes his password on 账号安全", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, { residentId: zhang.residentId, password: resetPassword });
    await openSecurity(page);
    await page.getByRole("link", { name: "修改密码" }).click();
    await page.getByRole("heading", { level: 1, name: "修改密码" }).waitFor();

    const current = page.getByLabel("当前密码");
    const password = page.getByLabel("新密码", { exact: true });
    await current.fill("Not-my-password1");
    await password.fill(changedPassword);
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByText("当前密码不正确，请核对后重新输入。").waitFor();
    expect(await current.evaluate((input) => input === document.activeElement)).toBe(true);

    await current.fill(resetPassword);
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
    await page.getByRole("status").getByText("密码已修改。").waitFor();

    await signOut(page);
    await logInAsCitizen(page, { residentId: zhang.residentId, password: changedPassword });
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("张伟 signs out on every device: this one goes to login and says so, the other is out too", async () => {
    const account = { residentId: zhang.residentId, password: changedPassword };
    const other = await suite.open(phone);
    await logInAsCitizen(other.page, account);
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, account);
    await openSecurity(page);

    await page.getByRole("button", { name: "退出所有设备" }).click();
    const question = page.getByText("确定要退出所有设备吗？之后每台设备都需要重新登录。");
    expect(await question.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "取消" }).click();
    expect(
      await page
        .getByRole("button", { name: "退出所有设备" })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);

    await page.getByRole("button", { name: "退出所有设备" }).click();
    await page.getByRole("button", { name: "确定退出" }).click();
    await page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();
    await page
      .getByRole("status")
      .getByText("已在所有设备上退出登录。请用密码重新登录。")
      .waitFor();
    expect(await page.locator("body").textContent()).not.toContain(zhang.name);

    expect((await askApi(other.page, "citizen.accountSummary")).status()).toBe(401);
    await other.page.goto("/balance");
    await other.page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();
    expect(errors).toEqual([]);
    expect(other.errors.filter((error) => !/401/.test(error))).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it("asking for codes too often is refused, saying how many seconds to wait", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.goto("/forgot-password");
    const { residentId, name } = demoAccounts.sealedInsured;
    await askForCode(page, { residentId, name, phone: "13900001234" });
    // One code a minute: asking again at once is refused (twice over, in case a minute just began).
    const refusal = page.getByRole("alert").getByText(tooOften);
    for (let attempt = 0; attempt < 2 && !(await refusal.isVisible()); attempt += 1) {
      await page.getByRole("button", { name: "信息填错了？返回修改" }).click();
      await page.getByRole("heading", { name: "第 1 步（共 2 步）：填写参保信息" }).waitFor();
      expect(await page.getByLabel("姓名").inputValue()).toBe(name);
      await page.getByRole("button", { name: "获取短信验证码" }).click();
      await page.getByRole("heading", { name: step2 }).or(refusal).waitFor();
    }
    const seconds = Number(tooOften.exec((await refusal.textContent()) ?? "")?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(errors.filter((error) => !/status of 429/.test(error))).toEqual([]);
    await context.close();
  });

  it("李秀兰 turns the authenticator on, signs in with a recovery code, and turns it off", async () => {
    const { context, page, errors } = await suite.open(phone);
    const account = demoAccounts.activeInsured;
    const authenticator = `citizen ${account.residentId}`;
    await logInAsCitizen(page, account);
    await openSecurity(page);
    await page.getByText("状态：未开启").waitFor();
    await page.getByRole("link", { name: "开启身份验证器" }).click();
    await page.getByRole("heading", { level: 1, name: "开启身份验证器" }).waitFor();
    await page.getByRole("button", { name: "开始设置" }).click();

    const qr = page.getByRole("img", { name: "用身份验证器扫描的二维码" });
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    const shown = (await page.locator(".secret code").textContent()) ?? "";
    expect(shown).toMatch(/^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$/);
    const secret = shown.replace(/ /g, "");
    await page
      .getByLabel("动态验证码", { exact: true })
      .fill(await totpCode(authenticator, secret));
    await page.getByRole("button", { name: "确认开启" }).click();

    await page.getByRole("heading", { name: "3. 保存恢复码" }).waitFor();
    const recoveryCodes = await page.locator(".recovery-codes code").allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    // Not on without saying the codes are kept.
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByText("请先保存恢复码，然后勾选这一项。").waitFor();
    await page.getByLabel("我已保存好这些恢复码").check();
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByRole("heading", { level: 1, name: "账号安全" }).waitFor();
    await page
      .getByRole("status")
      .getByText(/身份验证器已开启/)
      .waitFor();
    await page.getByText("状态：已开启").waitFor();

    // Signing in now asks for the code, once the password is right.
    await signOut(page);
    await submitCitizenLogin(page, account);
    await page.getByRole("alert").getByText("请输入身份验证器上的 6 位动态验证码。").waitFor();
    const otp = page.getByLabel("动态验证码", { exact: true });
    expect(await otp.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "手机不在身边？改用恢复码" }).click();
    await page.getByLabel("恢复码").fill(recoveryCodes[0] ?? "");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    await openSecurity(page);
    await page.getByRole("link", { name: "关闭身份验证器" }).click();
    await page.getByRole("heading", { level: 1, name: "关闭身份验证器" }).waitFor();
    await turnOffAuthenticator(page, { password: account.password, authenticator, secret });
    expect(errors).toEqual([]);
    await context.close();
  });

  // Each mode with its own person: the server remembers elder mode for whoever switched it on.
  it.each([
    { mode: "normal", elder: false, account: demoAccounts.sealedInsured },
    { mode: "elder", elder: true, account: demoAccounts.activeInsured },
  ])("every new page passes axe and 200 % text in $mode mode", async ({ elder, account }) => {
    const { context, page, errors } = await suite.open(phone);
    const found: string[] = [];
    const check = async (name: string) => found.push(...(await pageProblems(page, name)));
    const heading = (name: string) =>
      page.getByRole("main").getByRole("heading", { level: 1, name }).waitFor();

    await page.goto("/login");
    if (elder) await page.getByRole("switch", { name: "长辈模式" }).click();
    // Step 1 of each flow with every field wrong; then one flow's step 2 (the same for both).
    for (const [link, title] of [
      ["在线注册", "在线注册"],
      ["忘记密码？", "找回密码"],
    ] as const) {
      await page.goto("/login");
      await page.getByRole("link", { name: link }).click();
      await heading(title);
      await page.getByRole("button", { name: "获取短信验证码" }).click();
      await page.getByText("请输入姓名。").waitFor();
      await check(`${title}, step 1 with errors`);
    }
    await askForCode(page, nobody[elder ? 1 : 0] ?? zhang);
    await page.getByLabel("新密码", { exact: true }).fill("abc");
    await page.getByRole("button", { name: /并登录$/ }).click();
    await page.getByText("请输入短信验证码。").waitFor();
    await check("找回密码, step 2 with errors");

    await logInAsCitizen(page, account);
    await page.goto("/security");
    await heading("账号安全");
    await page.getByRole("button", { name: "退出所有设备" }).click();
    await check("security, sign out everywhere asked");

    await page.goto("/security/password");
    await heading("修改密码");
    await page.getByRole("button", { name: "确认修改" }).click();
    await page.getByText("请输入当前密码。").waitFor();
    await check("change password with errors");

    await page.goto("/security/authenticator");
    await heading("开启身份验证器");
    await check("authenticator, intro");
    await page.getByRole("button", { name: "开始设置" }).click();
    const secret = ((await page.locator(".secret code").textContent()) ?? "").replace(/ /g, "");
    await check("authenticator, scan");
    const authenticator = `citizen ${account.residentId}`;
    await page
      .getByLabel("动态验证码", { exact: true })
      .fill(await totpCode(authenticator, secret));
    await page.getByRole("button", { name: "确认开启" }).click();
    await page.getByRole("heading", { name: "3. 保存恢复码" }).waitFor();
    await page.getByRole("button", { name: "完成" }).click();
    await page.getByText("请先保存恢复码，然后勾选这一项。").waitFor();
    await check("authenticator, recovery codes");
    const recoveryCode = (await page.locator(".recovery-codes code").first().textContent()) ?? "";
    await page.getByLabel("我已保存好这些恢复码").check();
    await page.getByRole("button", { name: "完成" }).click();
    await heading("账号安全");

    await signOut(page);
    await submitCitizenLogin(page, account);
    await page.getByLabel("动态验证码", { exact: true }).waitFor();
    await check("login, code asked");
    await page.getByRole("button", { name: "手机不在身边？改用恢复码" }).click();
    await page.getByLabel("恢复码").fill(recoveryCode);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.waitForURL((url) => url.pathname !== "/login");

    await page.goto("/security/authenticator/off");
    await heading("关闭身份验证器");
    await page.getByRole("button", { name: "确认关闭" }).click();
    await page.getByText("请输入密码。").waitFor();
    await check("turn off the authenticator with errors");
    await page.getByLabel("密码", { exact: true }).fill(demoPassword);
    await page
      .getByLabel("动态验证码", { exact: true })
      .fill(await totpCode(authenticator, secret));
    await page.getByRole("button", { name: "确认关闭" }).click();
    await heading("账号安全");
    await check("security, notice");

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
