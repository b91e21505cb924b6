import { setTimeout as sleep } from "node:timers/promises";
import { demoTotpSecret } from "@yibao/db";
import { createGuardrails, generate } from "otplib";
import type { Page } from "playwright-core";

interface CitizenCredentials {
  residentId: string;
  password: string;
}

interface StaffCredentials {
  username: string;
  password: string;
  /** The account's TOTP secret (base32); the demo accounts share `demoTotpSecret`. */
  totpSecret?: string;
}

const totpPeriodSeconds = 30;
// The demo secret is 10 bytes, as the server allows for it (packages/api second-factor.ts).
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
/** Per username, the last 30-second step a code was made for: the server takes each step once. */
const lastStepUsed = new Map<string, number>();

/**
 * Forgets the steps used so far: called when a file's server starts on its own copy of the
 * seeded county, whose accounts have taken no code yet (support/browser-suite.ts).
 */
export function forgetUsedTotpSteps(): void {
  lastStepUsed.clear();
}

/**
 * A TOTP code for `username`, as the person's authenticator app would show it, for a step the
 * server has not seen yet. The server accepts one step of clock drift either way and never the
 * same step twice for one account, so the first sign-in takes the step before the current one
 * (unless that is about to fall out of the window), the next ones the current and the next
 * step's codes, and only a fourth within 30 seconds waits for the clock.
 */
export async function totpCode(username: string, secret: string = demoTotpSecret): Promise<string> {
  for (;;) {
    const nowSeconds = Date.now() / 1000;
    const current = Math.floor(nowSeconds / totpPeriodSeconds);
    const earliest =
      nowSeconds - current * totpPeriodSeconds < totpPeriodSeconds - 2 ? current - 1 : current;
    const step = Math.max(earliest, (lastStepUsed.get(username) ?? earliest - 1) + 1);
    if (step <= current + 1) {
      lastStepUsed.set(username, step);
      return generate({ secret, epoch: step * totpPeriodSeconds, guardrails });
    }
    await sleep(((current + 1) * totpPeriodSeconds - nowSeconds) * 1000 + 50);
  }
}

/**
 * Turns the second factor off on its page, already on screen (the citizen's and the employer
 * portal's are the same form): the password and a fresh code, then the confirmation and the
 * status it leaves.
 */
export async function turnOffAuthenticator(
  page: Page,
  account: { password: string; authenticator: string; secret: string },
): Promise<void> {
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page
    .getByLabel("动态验证码", { exact: true })
    .fill(await totpCode(account.authenticator, account.secret));
  await page.getByRole("button", { name: "确认关闭" }).click();
  await page
    .getByRole("status")
    .getByText(/身份验证器已关闭/)
    .waitFor();
  await page.getByText("状态：未开启").waitFor();
}

/** Fills in the citizen app's login form, already on screen, and submits it. */
export async function submitCitizenLogin(page: Page, account: CitizenCredentials): Promise<void> {
  await page.getByLabel("居民身份证号码").fill(account.residentId);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Logs in to the citizen app from its login page and waits for the page behind it. */
export async function logInAsCitizen(page: Page, account: CitizenCredentials): Promise<void> {
  await page.goto("/login");
  await submitCitizenLogin(page, account);
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Fills in the staff app's login form, already on screen, with a fresh TOTP code, and submits it. */
export async function submitStaffLogin(page: Page, account: StaffCredentials): Promise<void> {
  await page.getByLabel("用户名").fill(account.username);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByLabel("动态验证码").fill(await totpCode(account.username, account.totpSecret));
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/**
 * Logs in to the staff app from its login page and waits for the role's start page (the
 * applications page for the clerks; `home` for the others).
 */
export async function logInAsStaff(
  page: Page,
  account: StaffCredentials,
  home = "/staff/applications",
): Promise<void> {
  await page.goto("/staff/login");
  await submitStaffLogin(page, account);
  await page.waitForURL((url) => url.pathname === home);
}

/** Asks the server a tRPC query as the page's signed-in person, the way the apps do. */
export async function askApi(page: Page, procedure: string, input?: unknown) {
  return page.request.post(`/trpc/${procedure}`, {
    headers: { "content-type": "application/json" },
    ...(input === undefined ? {} : { data: input }),
  });
}
