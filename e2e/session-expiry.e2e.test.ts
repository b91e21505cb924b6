import { demoAccounts } from "@yibao/db";
import { describe, expect, it } from "vitest";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsCitizen } from "./support/log-in";

const { activeInsured } = demoAccounts;

describe("the idle session (30 minutes, warned 2 minutes before)", () => {
  const suite = useBrowserSuite();

  it("warns before the end, with focus on 继续使用, and keeps the session when the person stays", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.clock.install();
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    await page.clock.fastForward("28:30");
    const warning = page.getByRole("alertdialog", { name: "即将自动退出" });
    await warning.waitFor();
    const stay = warning.getByRole("button", { name: "继续使用" });
    expect(await stay.evaluate((button) => button === document.activeElement)).toBe(true);

    const extended = page.waitForResponse((response) =>
      response.url().endsWith("/trpc/citizen.extendSession"),
    );
    await stay.click();
    expect((await extended).status()).toBe(200);
    await warning.waitFor({ state: "hidden" });
    await expect(
      page.getByRole("heading", { level: 1, name: "我的医保账户" }).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("extends the session quietly while the person is working", async () => {
    const { context, page } = await suite.open(phone);
    await page.clock.install();
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    await page.clock.fastForward("10:00");
    const extended = page.waitForResponse((response) =>
      response.url().endsWith("/trpc/citizen.extendSession"),
    );
    await page.keyboard.press("Tab");
    expect((await extended).status()).toBe(200);
    await context.close();
  });

  it("signs out a session left alone and says why on the login page", async () => {
    const { context, page } = await suite.open(phone);
    await page.clock.install();
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();

    await page.clock.fastForward("28:30");
    await page.getByRole("alertdialog", { name: "即将自动退出" }).waitFor();
    await page.clock.fastForward("02:00");
    await page.waitForURL((url) => url.pathname === "/login");
    await page.getByText("您长时间没有操作").waitFor();
    await expect(page.getByText(activeInsured.name).count()).resolves.toBe(0);
    await context.close();
  });

  it("follows the server's clock, so a device clock an hour fast neither ends nor warns early", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.clock.install({ time: new Date(Date.now() + 60 * 60_000) });
    await logInAsCitizen(page, activeInsured);
    await page.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    await page.clock.runFor(5_000);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);

    // And the warning still comes 2 minutes before the server's deadline.
    await page.clock.fastForward("28:30");
    await page.getByRole("alertdialog", { name: "即将自动退出" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
