import { demoAccounts, demoEmployerAgents } from "@yibao/db";
import { createSubmittedEmployerBatch } from "@yibao/db/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { collectPageErrors, desktop, launchBrowser } from "./support/browser";
import { logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { type RunningYibao, startYibao } from "./support/start-yibao";

/** Today in China (UTC+8), 'YYYY-MM-DD': the hand-over list's date. */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const agent = demoEmployerAgents.teaCompanyAgent;

// Three employees the county does not know yet (the batch enrols them), with valid check characters.
const employees = [
  { name: "陈晓东", residentId: "530125199203140116", sex: "M", birthDate: "1992-03-14" },
  { name: "刘雨桐", residentId: "53012519950722022X", sex: "F", birthDate: "1995-07-22" },
  { name: "赵振华", residentId: "530125198811050312", sex: "M", birthDate: "1988-11-05" },
].map((person, index) => ({
  ...person,
  sex: person.sex as "M" | "F",
  phone: `1388700110${index + 1}`,
}));

describe("the county centre's side of an employer's batch", () => {
  // Its own server, for the database behind it: the batch is written there as the agent's submit
  // leaves it (the upload, check and submit are tested on the employer's side).
  let yibao: RunningYibao;
  let browser: Browser;

  beforeAll(async () => {
    [yibao, browser] = await Promise.all([startYibao(), launchBrowser()]);
    await createSubmittedEmployerBatch(yibao.database, {
      submittedAt: new Date(Date.now() - 3_600_000),
      employerCreditCode: "91530125MA6K8Y2Q3B",
      // The demo's agent of 青山茶业, authorised by the county centre.
      agent: { ...agent, authorisedByUsername: demoAccounts.countyCentreClerk.username },
      employees,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await yibao?.stop();
  });

  async function open() {
    const context = await browser.newContext({ ...desktop, baseURL: yibao.baseUrl });
    const page = await context.newPage();
    return { context, page, errors: collectPageErrors(page) };
  }

  const main = (page: Page) => page.getByRole("main");
  const statusOfRow = (page: Page, name: string) =>
    main(page)
      .getByRole("row", { name: new RegExp(name) })
      .locator(".status-badge");

  it("opens the batch and its letter, refuses one row, accepts the rest, makes the cards, prints the hand-over list and records the agent", async () => {
    const { context, page, errors } = await open();
    await logInAsStaff(page, demoAccounts.countyCentreClerk);
    await page.getByRole("link", { name: "单位批量申领" }).click();
    await main(page).getByRole("heading", { name: "单位批量申领" }).waitFor();
    const queued = main(page).getByRole("row", { name: /云溪县青山茶业有限公司/ });
    expect(await queued.locator(".status-badge").textContent()).toBe("待审核");
    await queued.getByText(/待审核 3 · 审核通过 0/).waitFor();
    await expect(queued.getByText("杨帆").count()).resolves.toBe(1);
    await screenshot(page, "staff-employer-batches-queue");
    await queued.getByRole("link", { name: /打开/ }).click();

    await main(page)
      .getByRole("heading", { name: /云溪县青山茶业有限公司 · 批量申领/ })
      .waitFor();
    await main(page).getByText(`${agent.authorisedFrom} 至 ${agent.authorisedUntil}`).waitFor();
    await main(page).getByText("530125********0038").waitFor();
    await main(page)
      .getByRole("button", { name: /查看 单位介绍信\.pdf/ })
      .first()
      .click();
    const letter = main(page).getByTitle("单位介绍信：单位介绍信.pdf");
    await letter.waitFor();
    expect(await letter.getAttribute("src")).toMatch(/^blob:/);
    for (const person of employees)
      await statusOfRow(page, person.name).getByText("已受理").waitFor();
    expect(await main(page).textContent()).not.toContain(employees[0]?.residentId);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "staff-employer-batch");
    await main(page).getByRole("button", { name: "收起" }).click();
    await letter.waitFor({ state: "detached" });

    // One row refused on its own, in the applications area, with its notice.
    await main(page)
      .getByRole("link", { name: /办理第 4 行 赵振华/ })
      .click();
    await page.waitForURL((url) => url.pathname === "/staff/applications");
    const pane = main(page).locator(".pane");
    await pane.getByText("赵振华").first().waitFor();
    await pane.getByRole("button", { name: /^不予受理/ }).click();
    await pane.getByRole("radio", { name: /照片不符合制卡要求/ }).check();
    await pane.getByRole("button", { name: "不予受理", exact: true }).click();
    await pane.locator(".pane-status").getByText("不予受理").first().waitFor();
    await page.goBack();

    await main(page).getByRole("button", { name: "受理整批" }).click();
    await main(page).getByText("已受理：2 笔申请审核通过。").waitFor();
    await statusOfRow(page, "陈晓东").getByText("审核通过").waitFor();
    await statusOfRow(page, "赵振华").getByText("不予受理").waitFor();
    await main(page).getByRole("button", { name: "全部制卡完成，待单位领取" }).click();
    await main(page).getByText("2 笔申请已办理，1 笔不需要办理。").waitFor();
    await statusOfRow(page, "刘雨桐").getByText("待领取").waitFor();
    await expect(
      main(page)
        .getByRole("row", { name: /陈晓东/ })
        .getByText(/^Y\d{8}$/)
        .count(),
    ).resolves.toBe(1);

    await main(page).getByRole("link", { name: "打印单位领卡交接单" }).click();
    const sheet = main(page).locator(".hand-over-sheet");
    await sheet.getByRole("heading", { name: "单位领卡交接单" }).waitFor();
    await sheet.getByText("用人单位：云溪县青山茶业有限公司").waitFor();
    await sheet.getByText(`交接日期：${today}`).waitFor();
    const listed = sheet.getByRole("row");
    expect(await listed.count()).toBe(3); // the header and two cards
    await sheet
      .getByRole("row", { name: /陈晓东/ })
      .getByText(/^Y\d{8}$/)
      .waitFor();
    expect(await sheet.textContent()).not.toContain("赵振华");
    await sheet.getByText("领卡经办人（签字）：").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "staff-employer-hand-over");

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await main(page).getByRole("button", { name: "记录经办人已领卡" }).isVisible()).toBe(
      false,
    );
    expect(await sheet.isVisible()).toBe(true);
    await screenshot(page, "staff-employer-hand-over-print");
    await page.emulateMedia({ media: "screen" });

    await main(page).getByRole("button", { name: "记录经办人已领卡" }).click();
    await main(page).getByText("已记录：2 张卡由 杨帆 领取。").waitFor();
    await main(page).getByText("这一批没有待单位领取的卡。").waitFor();
    await main(page).getByRole("link", { name: "返回这一批" }).click();
    await statusOfRow(page, "陈晓东").getByText("单位已领取").waitFor();
    await statusOfRow(page, "刘雨桐").getByText("单位已领取").waitFor();
    await main(page)
      .getByText(/单位已领 2/)
      .waitFor();
    await screenshot(page, "staff-employer-batch-with-employer");
    expect(errors).toEqual([]);
    await context.close();
  });
});
