import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { totpCode } from "./support/log-in";

interface FocusedElement {
  name: string;
  /** A focus ring: an outline or a box shadow (WCAG 2.4.7 Focus Visible). */
  ringVisible: boolean;
}

async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { name: "(nothing)", ringVisible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const labels = (element as HTMLInputElement).labels;
    const name = labels?.[0]?.textContent ?? element.textContent ?? "";
    return { name: name.trim(), ringVisible: outline || style.boxShadow !== "none" };
  });
}

/** Presses Tab until the element named `name` has focus; each stop on the way must show it. */
async function tabTo(page: Page, name: string, key = "Tab"): Promise<FocusedElement[]> {
  const stops: FocusedElement[] = [];
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    stops.push(stop);
    if (stop.name === name) return stops;
  }
  throw new Error(`Tab never reached "${name}"; it stopped at ${stops.map((s) => s.name)}`);
}

describe("the staff app by keyboard alone", () => {
  const suite = useBrowserSuite();

  it("logs in, opens applications and signs out, with the focus always visible", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const { username, password } = demoAccounts.servicePointClerk;

    await page.goto("/staff/login");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    const toUsername = await tabTo(page, "用户名");
    await page.keyboard.type(username);
    await page.keyboard.press("Tab");
    const onPassword = await focused(page);
    expect(onPassword.name).toBe("密码");
    await page.keyboard.type(password);
    const toCode = await tabTo(page, "动态验证码");
    await page.keyboard.type(await totpCode(username));
    for (const stop of [...toUsername, onPassword, ...toCode]) {
      expect(stop, `focus on "${stop.name}"`).toMatchObject({ ringVisible: true });
    }
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "制卡申请" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff/applications");

    // From the header's sign-out button, Alt+A opens the applications page, where the clerk
    // already is: the sign that it went there is the new history entry.
    // Backwards from the page's heading: the header's last button comes first.
    const stops = await tabTo(page, "退出登录", "Shift+Tab");
    for (const stop of stops) {
      expect(stop, `focus on "${stop.name}"`).toMatchObject({ ringVisible: true });
    }
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press("Alt+A");
    await expect.poll(() => page.evaluate(() => history.length)).toBe(entries + 1);
    expect(new URL(page.url()).pathname).toBe("/staff/applications");
    await page.getByRole("heading", { level: 1, name: "制卡申请" }).waitFor();

    await page.keyboard.press("Alt+L");
    await page.getByRole("heading", { level: 1, name: "经办人员登录" }).waitFor();
    await page.getByRole("status").getByText("您已安全退出。").waitFor();
    expect(new URL(page.url()).pathname).toBe("/staff/login");
    expect(errors).toEqual([]);
    await context.close();
  });
});
