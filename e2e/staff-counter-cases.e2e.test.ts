import path from "node:path";
import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsStaff } from "./support/log-in";

/** A tRPC query as the page's signed-in clerk: its data. */
async function query(page: Page, procedure: string, input: unknown) {
  const answer = await page.request.get(
    `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  return (await answer.json()).result.data;
}

const demoPhoto = path.resolve(import.meta.dirname, "../packages/db/src/seed/demo-photo.jpg");
const shots = path.resolve(import.meta.dirname, "../docs/screenshots");
const agentId = "11010519491231002X"; // GB 11643-1999's own example

/** Fills in the registration form (already on screen) and submits it with `button`. */
async function register(
  page: Page,
  who: { residentId: string; phone: string },
  options: { agent?: boolean; button?: string } = {},
): Promise<void> {
  const main = page.getByRole("main");
  if (options.agent) {
    await main.getByRole("radio", { name: /受托人代办/ }).check();
    await main.getByLabel("代办人姓名").fill("王小明");
    await main.getByLabel("证件类型").selectOption("RESIDENT_ID_CARD");
    await main.getByLabel("证件号码").fill(agentId);
    await main.getByLabel("与参保人关系").selectOption("SIBLING");
  }
  await main.getByLabel("参保人居民身份证号码").fill(who.residentId);
  await main.getByLabel("参保人手机号").fill(who.phone);
  await main.getByLabel("制卡照片").setInputFiles(demoPhoto);
  await main.getByRole("img", { name: "所选制卡照片" }).waitFor();
  await main.getByRole("checkbox", { name: /^已核验/ }).check();
  await main.getByRole("button", { name: options.button ?? "登记申请" }).click();
}

const pane = (page: Page) => page.getByRole("main").locator(".pane");
const statusLine = (page: Page) => pane(page).locator(".pane-status");

describe("the counter's cases", () => {
  const suite = useBrowserSuite();

  it("an agent at a service point: approval waits for both certificates", async () => {
    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, demoAccounts.servicePointClerk);
    await page.goto("/staff/applications/new");
    await register(
      page,
      { residentId: "530125197604180048", phone: "13987650001" },
      { agent: true },
    );
    await statusLine(page).getByText("已受理").waitFor();
    await pane(page).getByText("王小明").first().waitFor();
    await pane(page)
      .getByRole("button", { name: /核验证件/ })
      .click();
    await pane(page)
      .getByRole("checkbox", { name: /已核验参保人/ })
      .check();
    await pane(page).getByRole("button", { name: "确认已核验" }).click();
    await statusLine(page).getByText("证件已核验").waitFor();
    expect(
      await pane(page)
        .getByRole("button", { name: /审核通过/ })
        .count(),
    ).toBe(0);
    const id = new URL(page.url()).searchParams.get("application") ?? "";
    const { version } = await query(page, "staff.applications.get", { applicationId: id });
    const refused = await askApi(page, "staff.applications.approve", {
      applicationId: id,
      version,
    });
    expect((await refused.json()).error.data.domainCode).toBe("ACTION_NOT_ALLOWED");
    await pane(page)
      .getByRole("button", { name: /核验证件/ })
      .click();
    await pane(page)
      .getByRole("checkbox", { name: /已核验受托人 王小明/ })
      .check();
    await pane(page).getByRole("button", { name: "确认已核验" }).click();
    await statusLine(page).getByText("证件已核验").waitFor();
    await pane(page)
      .getByRole("button", { name: /审核通过/ })
      .click();
    await statusLine(page).getByText("已审核通过").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on the spot at the county centre: the card number is shown", async () => {
    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, demoAccounts.countyCentreClerk);
    await page.goto("/staff/applications/new");
    await register(
      page,
      {
        residentId: demoAccounts.unregisteredInsured.residentId,
        phone: demoAccounts.unregisteredInsured.phone,
      },
      { button: "当场制卡发放" },
    );
    const issued = page.getByRole("main").locator(".issued");
    await issued.getByText(/已为 张伟 当场制卡并发放/).waitFor();
    expect((await issued.locator("strong").textContent())?.trim()).not.toBe("");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("needs materials: one notice lists both items; resubmitted, it is back to 待核验", async () => {
    const { context, page, errors } = await suite.open({ ...desktop, deviceScaleFactor: 1 });
    await logInAsStaff(page, demoAccounts.servicePointClerk);
    await page.goto("/staff/applications/new");
    await register(
      page,
      { residentId: "530125196209080018", phone: "13987650002" },
      { agent: true },
    );
    await statusLine(page).getByText("已受理").waitFor();
    await pane(page)
      .getByRole("button", { name: /一次性告知补材料/ })
      .click();
    await pane(page)
      .getByRole("checkbox", { name: /符合要求的证件照片/ })
      .check();
    await pane(page)
      .getByRole("checkbox", { name: /委托书/ })
      .check();
    await pane(page).getByRole("button", { name: "一次性告知", exact: true }).click();
    await statusLine(page).getByText("需补材料", { exact: true }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await pane(page)
      .getByRole("button", { name: /打印补正材料通知书/ })
      .click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    const notice = page.locator(".print-notice");
    await notice.locator("h1", { hasText: "补正材料通知书" }).waitFor();
    const text = (await notice.textContent()) ?? "";
    expect(text).toContain("符合要求的证件照片");
    expect(text).toContain("委托书");
    expect(text).toContain("云溪县医保中心");
    expect(text).toMatch(/受理编号：YX/);
    await page.screenshot({
      path: path.join(shots, "staff-counter-notice-materials.png"),
      fullPage: true,
    });
    await page.emulateMedia({ media: "screen" });
    await pane(page)
      .getByRole("button", { name: /已补齐材料/ })
      .click();
    await statusLine(page).getByText("回到待核验").waitFor();
    await statusLine(page).getByText("已受理", { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("two clerks at once: one approves, the other sees the changed message and the state", async () => {
    const first = await suite.open(desktop);
    const second = await suite.open(desktop);
    await logInAsStaff(first.page, demoAccounts.servicePointClerk);
    await logInAsStaff(second.page, demoAccounts.countyCentreClerk);
    await first.page.goto("/staff/applications?queue=TO_VERIFY");
    await first.page.locator(".row-open").last().click();
    await first.page.waitForURL(/application=/);
    const url = first.page.url();
    const id = new URL(url).searchParams.get("application") ?? "";
    const needsVerify = first.page.getByRole("button", { name: "确认已核验" });
    await pane(first.page)
      .getByRole("button", { name: /核验证件/ })
      .click();
    for (const box of await pane(first.page).getByRole("checkbox").all()) await box.check();
    await needsVerify.click();
    await statusLine(first.page).getByText("证件已核验").waitFor();

    await second.page.goto(`/staff/applications?queue=ALL_OPEN&application=${id}`);
    await pane(second.page)
      .getByRole("button", { name: /审核通过/ })
      .waitFor();
    await pane(first.page)
      .getByRole("button", { name: /审核通过/ })
      .click();
    await statusLine(first.page).getByText("已审核通过").waitFor();
    await pane(second.page)
      .getByRole("button", { name: /审核通过/ })
      .click();
    await statusLine(second.page).getByText("这笔申请刚被其他人办理过").waitFor();
    await statusLine(second.page).getByText("审核通过", { exact: true }).waitFor();
    expect(first.errors).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it("scope: taoyuan01 never sees 城关's applications", async () => {
    const { context, page } = await suite.open(desktop);
    await logInAsStaff(page, demoAccounts.otherServicePointClerk);
    await page.goto("/staff/applications?queue=ALL_OPEN");
    await page.getByRole("main").getByRole("heading", { level: 2, name: "全部在办" }).waitFor();
    const queue = {
      result: { data: await query(page, "staff.applications.queue", { queue: "ALL_OPEN" }) },
    };
    const points = queue.result.data.items.map(
      (item: { servicePoint: { code: string } }) => item.servicePoint.code,
    );
    expect(points.filter((code: string) => code !== "SP-TAOYUAN")).toEqual([]);
    await context.close();
  });
});
