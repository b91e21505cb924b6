import { demoAccounts } from "@yibao/db";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { collectPageErrors, desktop, launchBrowser } from "./support/browser";
import { logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { type RunningYibao, startYibao } from "./support/start-yibao";

const hours = (count: number) => count * 3_600_000;

describe("what did not get through, and the recall list", () => {
  // Its own server, for the database behind it: the outbox rows below are written there, as the
  // delivery job leaves them after a provider refused them (the job itself is tested in the API).
  let yibao: RunningYibao;
  let browser: Browser;

  beforeAll(async () => {
    [yibao, browser] = await Promise.all([startYibao(), launchBrowser()]);
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

  async function undelivered(phone: string, row: Record<string, unknown>, params: object) {
    const { prisma, protector } = yibao.database;
    return prisma.outboundMessage.create({
      data: {
        phoneSealed: protector.seal(phone, "message.phone"),
        paramsSealed: protector.seal(JSON.stringify(params), "message.params"),
        templateId: "PICKUP_REMINDER",
        createdAt: new Date(Date.now() - hours(3)),
        lastAttemptAt: new Date(Date.now() - hours(1)),
        ...row,
      },
    });
  }

  it("the county centre sees a failed text message, masked, and sends it again", async () => {
    const place = { placeName: "城关镇医保服务点", placeAddress: "城关镇", placeHours: "" };
    const failed = await undelivered(
      "13987001213",
      {
        templateId: "APPLICATION_UNCOLLECTED",
        status: "FAILED",
        attempts: 5,
        lastError: "HTTP_503",
      },
      { reference: "YX2026060100012", ...place },
    );
    await undelivered(
      "13987001214",
      {
        status: "PENDING",
        attempts: 3,
        lastError: "TIMEOUT",
        nextAttemptAt: new Date(Date.now() + hours(0.25)),
      },
      { reference: "YX2026060100013", daysLeft: "7", ...place },
    );
    const { context, page, errors } = await open();
    await logInAsStaff(page, demoAccounts.countyCentreClerk);
    await page.goto("/staff/deliveries");
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "短信发送失败" }).waitFor();
    const failedRow = main.getByRole("row", { name: /逾期未领通知/ });
    await expect.poll(() => failedRow.textContent()).toContain("139****1213");
    expect(await failedRow.textContent()).toContain("YX2026060100012");
    expect(await failedRow.textContent()).toContain("短信平台拒收（HTTP 503）");
    const retrying = main.getByRole("row", { name: /领卡提醒/ });
    expect(await retrying.textContent()).toContain("重试中");
    expect(await retrying.textContent()).toContain("短信平台未在规定时间内应答");
    expect(await main.textContent()).not.toContain("13987001213");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "staff-deliveries");

    await main.getByRole("button", { name: "重新发送 139****1213" }).click();
    await main.getByRole("status").getByText("发给 139****1213 的短信已重新放入发送队列").waitFor();
    await failedRow.waitFor({ state: "detached" });
    const row = await yibao.database.prisma.outboundMessage.findUniqueOrThrow({
      where: { id: failed.id },
    });
    expect(row).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a service point sends an uncollected card back to the county centre from its recall list", async () => {
    const { context, page, errors } = await open();
    await logInAsStaff(page, demoAccounts.servicePointClerk);
    await page.goto("/staff/applications?queue=RECALL");
    const main = page.getByRole("main");
    const row = main.getByRole("row", { name: /唐伟/ });
    await row.getByRole("button").first().click();
    const pane = main.locator(".pane");
    await pane.locator(".pane-status").getByText("逾期未领").waitFor();
    await screenshot(page, "staff-recall");
    await pane.getByRole("button", { name: /退回县医保中心/ }).click();
    await pane.locator(".pane-status").getByText("已退回县中心").first().waitFor();
    expect(await pane.locator(".pane-status").textContent()).toContain("已登记退回县医保中心");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("administrators see the failed background jobs, none on a fresh county", async () => {
    const { context, page, errors } = await open();
    await logInAsStaff(page, demoAccounts.administrator, "/staff/staff-users");
    await page.goto("/staff/jobs");
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "后台任务" }).waitFor();
    await main.getByText("没有失败的后台任务。").waitFor();
    await screenshot(page, "staff-jobs");
    expect(errors).toEqual([]);
    await context.close();
  });
});
