import path from "node:path";
import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsStaff } from "./support/log-in";

const demoPhoto = path.resolve(import.meta.dirname, "../packages/db/src/seed/demo-photo.jpg");
const shots = path.resolve(import.meta.dirname, "../docs/screenshots");

interface Stop {
  name: string;
  ringVisible: boolean;
}

async function focused(page: Page): Promise<Stop> {
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

/** Tab until the focused element's name starts with `name`; every stop shows the focus ring. */
async function tabTo(page: Page, name: string): Promise<void> {
  const stops: Stop[] = [];
  for (let presses = 0; presses < 25; presses += 1) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    stops.push(stop);
    expect(stop, `focus on "${stop.name}"`).toMatchObject({ ringVisible: true });
    if (stop.name.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"; it stopped at ${stops.map((s) => s.name)}`);
}

/** The focus is on the pane's status line, visibly, and it says `status`. */
async function expectStatusLine(page: Page, status: string): Promise<void> {
  await expect.poll(async () => (await focused(page)).name, { timeout: 10_000 }).toContain(status);
  expect((await focused(page)).ringVisible).toBe(true);
}

describe("the counter clerk's day, by keyboard alone", () => {
  const suite = useBrowserSuite();

  it("registers an application in person and takes it to the hand-over", async () => {
    const { context, page, errors } = await suite.open({ ...desktop, deviceScaleFactor: 1 });
    await logInAsStaff(page, demoAccounts.servicePointClerk);
    const main = page.getByRole("main");
    await main.getByRole("navigation", { name: "工作队列" }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "staff-counter-queue.png") });

    // Alt+N: the registration form, its heading focused.
    await page.keyboard.press("Alt+N");
    await main.getByRole("heading", { level: 1, name: "窗口登记制卡申请" }).waitFor();
    await tabTo(page, "参保人本人");
    await tabTo(page, "参保人居民身份证号码");
    await page.keyboard.type(demoAccounts.unregisteredInsured.residentId);
    await tabTo(page, "参保人手机号");
    await page.keyboard.type(demoAccounts.unregisteredInsured.phone);
    await tabTo(page, "制卡照片");
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Space");
    await (await chooser).setFiles(demoPhoto);
    await main.getByRole("img", { name: "所选制卡照片" }).waitFor();
    await tabTo(page, "已核验参保人本人的有效身份证件原件");
    await page.keyboard.press("Space");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(shots, "staff-counter-registration.png"),
      fullPage: true,
    });
    await tabTo(page, "登记申请");
    await page.keyboard.press("Enter");

    // The new application opens in the pane, the focus on its status line.
    await expectStatusLine(page, "已受理");
    const pane = main.getByRole("region", { name: /张伟/ });
    await pane.getByText("还剩 3 个工作日").waitFor();

    await page.keyboard.press("Alt+V");
    const insured = pane.getByRole("checkbox", { name: /已核验参保人 张伟/ });
    await insured.waitFor();
    expect((await focused(page)).name).toContain("已核验参保人 张伟");
    await page.keyboard.press("Space");
    await tabTo(page, "确认已核验");
    await page.keyboard.press("Enter");
    await expectStatusLine(page, "证件已核验");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(shots, "staff-counter-pane.png") });

    await page.keyboard.press("Alt+P");
    await expectStatusLine(page, "已审核通过");
    await page.keyboard.press("Alt+Z");
    await expectStatusLine(page, "已开始制卡");
    await page.keyboard.press("Alt+Y");
    await expectStatusLine(page, "待领取");

    await page.keyboard.press("Alt+H");
    await pane.getByRole("radio", { name: "参保人本人领取" }).waitFor();
    await tabTo(page, "已核对 张伟 本人的有效身份证件");
    await page.keyboard.press("Space");
    await tabTo(page, "确认发卡");
    await page.keyboard.press("Enter");
    await expectStatusLine(page, "卡已发放");
    await pane.getByText("已领取").first().waitFor();

    // Escape closes the pane; the focus goes back to the list.
    await page.keyboard.press("Escape");
    await pane.waitFor({ state: "detached" });
    await expect.poll(async () => (await focused(page)).name).not.toBe("(nothing)");
    expect((await focused(page)).ringVisible).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
