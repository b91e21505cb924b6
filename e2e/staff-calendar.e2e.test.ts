import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const { administrator, countyCentreClerk } = demoAccounts;

/** Next year's notice as an administrator's spreadsheet saves it; Friday 8 October is a mistake. */
const csv2027 = [
  "\uFEFF日期,类型,名称",
  "2027-01-01,放假,元旦",
  "2027-01-02,放假,元旦",
  "2027-01-03,放假,元旦",
  "2027/2/5,放假,春节",
  "2027/2/6,放假,春节",
  "2027-01-31,调休上班,春节",
  "2027-10-01,放假,国庆节",
  "2027-10-08,调休上班,国庆节",
  "",
].join("\r\n");

const warningOf = (page: Page) =>
  page.getByRole("banner").getByText(/年的节假日安排尚未录入，办结时限只能暂按周一至周五计算/);

describe("the working-day calendar and the county parameters", () => {
  const suite = useBrowserSuite();

  it("lets the administrator enter next year's calendar from a CSV file, and the warning goes", async () => {
    // The demo county has 2026 only, and the real clock is past 1 November.
    const nextYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() + 1;
    // A clerk reads the calendar and is not asked to enter it.
    const clerk = await suite.open(desktop);
    await logInAsStaff(clerk.page, countyCentreClerk);
    await clerk.page.goto("/staff/calendar");
    const clerkMain = clerk.page.getByRole("main");
    await clerkMain.getByText("您可以查看工作日历；录入和修改由系统管理员办理。").waitFor();
    await clerkMain.getByRole("cell", { name: "国庆节" }).first().waitFor();
    expect(await clerkMain.getByRole("button", { name: /保存/ }).count()).toBe(0);
    expect(await warningOf(clerk.page).count()).toBe(0);
    expect(clerk.errors).toEqual([]);
    await clerk.context.close();

    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsStaff(page, administrator, "/staff/staff-users");
    await warningOf(page).waitFor();
    await page.getByRole("link", { name: `录入${nextYear}年工作日历` }).click();
    await main.getByRole("heading", { level: 1, name: "工作日历" }).waitFor();
    expect(await main.getByLabel("年份").inputValue()).toBe(String(nextYear));
    await main.getByText(`${nextYear}年的节假日安排尚未录入：`).waitFor();

    await main.getByLabel("选择 CSV 文件").setInputFiles({
      name: "2027年节假日.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv2027.replaceAll("2027", String(nextYear))),
    });
    await main.getByRole("status").getByText("导入 6 个放假日期、2 个调休上班日期").waitFor();
    await main.getByLabel("通知名称").fill(`国务院办公厅关于${nextYear}年部分节假日安排的通知`);
    await main.getByRole("button", { name: `保存${nextYear}年工作日历` }).click();

    // Refused before anything is sent, at its row, with focus on it.
    const weekdayRow = main.getByRole("region", { name: "调休上班日期" }).getByLabel("第 2 行日期");
    await main.getByText("调休上班日必须是星期六或星期日").waitFor();
    expect(await weekdayRow.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await weekdayRow.getAttribute("aria-invalid")).toBe("true");
    await main.getByRole("alert").getByText("有 1 处需要改正").waitFor();
    await screenshot(page, "staff-calendar-refused");
    await weekdayRow.fill(`${nextYear}-10-09`);
    await main.getByRole("button", { name: `保存${nextYear}年工作日历` }).click();

    await main.getByRole("status").getByText(`已保存${nextYear}年工作日历。`).waitFor();
    await warningOf(page).waitFor({ state: "detached" });
    await main.getByText(`${nextYear}年的节假日安排已录入。`).waitFor();
    expect(await main.getByText("调休上班日必须是星期六或星期日").count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await reflowProblemsAtDoubleTextSize(page)).toEqual([]);
    await screenshot(page, "staff-calendar");

    // Another page: the warning stays gone.
    await page.getByRole("navigation").getByRole("link", { name: "业务参数" }).click();
    await main.getByRole("heading", { level: 1, name: "业务参数" }).waitFor();
    expect(await warningOf(page).count()).toBe(0);
    const promise = main.getByRole("row").filter({ hasText: "服务点办结时限" });
    await promise.getByRole("cell", { name: "3 个工作日", exact: true }).waitFor();

    await main.getByLabel("参数", { exact: true }).selectOption({ label: "待领卡保管期限" });
    await main.getByLabel("新的值").fill("200");
    await main.getByLabel("生效日期").fill(`${nextYear}-01-01`);
    await main.getByLabel("调整理由").fill("县医保局通知（测试）");
    await main.getByRole("button", { name: "安排调整" }).click();
    await main.getByRole("status").getByText(`自 ${nextYear}-01-01 起为 200 天`).waitFor();
    const pickup = main.getByRole("row").filter({ hasText: "待领卡保管期限" });
    await pickup.getByRole("cell", { name: `自 ${nextYear}-01-01 起：200 天` }).waitFor();
    // Its history keeps every value with who recorded it and why.
    await pickup.getByText("3 条记录").click();
    await pickup.getByText("理由：县医保局通知（测试）").waitFor();
    await pickup.getByText(`${administrator.displayName} 于`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await reflowProblemsAtDoubleTextSize(page)).toEqual([]);
    await screenshot(page, "staff-parameters");
    expect(errors).toEqual([]);
    await context.close();
  });
});
