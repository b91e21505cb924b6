import { demoAccounts } from "@yibao/db";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsStaff } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

/** A month in China counted from this one (0 = this month, -1 = the one before), as shown. */
function chinaMonth(offset: number): { month: string; from: string; to: string } {
  const today = new Date(Date.now() + 8 * 60 * 60_000);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const prefix = `${year}-${String(month).padStart(2, "0")}`;
  return { month: `${year}年${month}月`, from: `${prefix}-01`, to: `${prefix}-${last}` };
}

describe("the SLA dashboard", () => {
  const suite = useBrowserSuite();

  it("shows the county centre this month's figures as a chart and a table, and exports them", async () => {
    const { context, page, errors } = await suite.open({ ...desktop, acceptDownloads: true });
    const main = page.getByRole("main");
    await logInAsStaff(page, demoAccounts.countyCentreClerk);
    await page.getByRole("navigation").getByRole("link", { name: "办理时效" }).click();
    await main.getByRole("heading", { level: 1, name: "办理时效" }).waitFor();

    const period = chinaMonth(0);
    const monthSelect = main.getByLabel("统计月份");
    expect(await monthSelect.locator("option:checked").textContent()).toBe(period.month);
    await main.getByRole("status").getByText(`${period.from} 至 ${period.to}`).waitFor();

    // The table: a row for every service point of the county, the centre first.
    const table = main.getByRole("table", {
      name: `各服务点办理时效，${period.from} 至 ${period.to}`,
    });
    await table.waitFor();
    const headers = await table.locator("thead th").allTextContents();
    expect(headers).toEqual([
      "服务点",
      "受理件数",
      "按时办结",
      "超时办结",
      "当前超期",
      "今日到期",
      "办结用时中位数（工作日）",
      "办结用时90%分位（工作日）",
    ]);
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim() ?? "")),
      );
    expect(rows.map((row) => row[0])).toEqual([
      "云溪县医保中心",
      "城关街道医保服务点",
      "石桥乡医保服务点",
      "桃源镇医保服务点",
    ]);

    // The chart has been drawn: its canvas holds coloured pixels, and it names its alternative.
    const chart = main.getByRole("img", { name: /柱状图；具体数字见下方明细表/ });
    const painted = await chart.evaluate((canvas) => {
      const { width, height } = canvas as HTMLCanvasElement;
      const pixels = (canvas as HTMLCanvasElement)
        .getContext("2d")
        ?.getImageData(0, 0, width, height).data;
      let coloured = 0;
      for (let i = 0; pixels && i < pixels.length; i += 4) {
        if ((pixels[i + 3] ?? 0) > 0) coloured += 1;
      }
      return { width, coloured };
    });
    expect(painted.width).toBeGreaterThan(300);
    expect(painted.coloured).toBeGreaterThan(1000);
    expect(await pageProblems(page, "dashboard")).toEqual([]);
    await screenshot(page, "staff-dashboard");

    const downloading = page.waitForEvent("download");
    await main.getByRole("button", { name: "导出为 Excel 文件" }).click();
    const download = await downloading;
    const fileName = `办理时效-${period.from}至${period.to}.xlsx`;
    expect(download.suggestedFilename()).toBe(fileName);
    await main.getByRole("status").getByText(`已导出 ${fileName}`).waitFor();
    // The file holds the table: the same header row, and each row's figures ("—" an empty cell).
    const sheet = await readSheet(await download.path());
    expect(sheet[0]).toEqual(headers);
    expect(
      sheet.slice(1).map((row) => row.map((cell) => (cell === null ? "—" : String(cell)))),
    ).toEqual(rows);

    // Another month, and one service point: the address keeps the choice.
    const lastMonth = chinaMonth(-1);
    await monthSelect.selectOption({ label: lastMonth.month });
    await main
      .getByRole("table", { name: `各服务点办理时效，${lastMonth.from} 至 ${lastMonth.to}` })
      .waitFor();
    await screenshot(page, "staff-dashboard-last-month");
    await main.getByLabel("服务点", { exact: true }).selectOption({ label: "城关街道医保服务点" });
    await page.waitForURL((url) => url.searchParams.get("point") === "SP-CHENGGUAN");
    const pointNames = main.getByRole("table", { name: /各服务点办理时效/ }).locator("tbody th");
    await expect.poll(() => pointNames.allTextContents()).toEqual(["城关街道医保服务点"]);

    await page.getByRole("navigation").getByRole("link", { name: /^消息/ }).click();
    await main.getByRole("heading", { level: 1, name: "消息" }).waitFor();
    await main.getByText(/未读消息：\d+ 条/).waitFor();
    expect(await pageProblems(page, "inbox")).toEqual([]);
    await screenshot(page, "staff-inbox");
    expect(errors).toEqual([]);
    await context.close();
  });
});
