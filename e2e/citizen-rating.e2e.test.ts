import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop, phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsCitizen, logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

// 李秀兰: her card was collected three working days ago; the message saying so is unread.
const holder = demoAccounts.activeInsured;

async function apiResult<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const body = (await (await askApi(page, procedure, input)).json()) as {
    result?: { data: T };
    error?: unknown;
  };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

interface Overview {
  applications: {
    status: string;
    rating: { given: { followUp: { dueDate: string; workingDays: number } | null } | null };
  }[];
}

describe("好差评", () => {
  const suite = useBrowserSuite();

  it("a citizen reads that her card was collected, rates the service badly, and the county centre sees the follow-up", async () => {
    const citizen = await suite.open(phone);
    const { page } = citizen;
    await logInAsCitizen(page, holder);
    const tabs = page.getByRole("navigation", { name: "主导航" });
    const main = page.getByRole("main");

    // The tab says how many are unread; reading the message takes one off.
    const { unread } = await apiResult<{ unread: number }>(page, "citizen.notifications.list", {});
    expect(unread).toBeGreaterThan(0);
    await tabs.getByRole("link", { name: `消息 未读消息：${unread} 条` }).click();
    await main.getByRole("heading", { level: 1, name: "消息" }).waitFor();
    const message = main.getByRole("button", { name: /未读\s*医保卡已领取/ });
    await message.click();
    await main.getByText(/您的医保卡（YX\d+）已领取/).waitFor();
    const fewer = unread - 1;
    await (fewer > 0
      ? tabs.getByRole("link", { name: `消息 未读消息：${fewer} 条` })
      : tabs.getByRole("link", { name: "消息", exact: true })
    ).waitFor();
    await main.getByRole("button", { name: /^医保卡已领取/ }).waitFor();

    // Then to the progress of her card, where the finished case asks for a rating.
    await tabs.getByRole("link", { name: /^办事/ }).click();
    await main.getByRole("link", { name: /办理进度/ }).click();
    const rating = main.getByRole("region", { name: /^评价本次服务/ });
    await rating.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await reflowProblemsAtDoubleTextSize(page)).toEqual([]);
    await rating.scrollIntoViewIfNeeded();
    await screenshot(page, "citizen-rating-form");
    // In elder mode (its CSS switch on <html>) each star is a 60 px target and nothing overflows.
    await page.evaluate(() => {
      document.documentElement.dataset.mode = "elder";
    });
    const star = await rating.locator(".star").first().boundingBox();
    expect(Math.min(star?.width ?? 0, star?.height ?? 0)).toBeGreaterThanOrEqual(60);
    expect(await reflowProblemsAtDoubleTextSize(page)).toEqual([]);
    await rating.scrollIntoViewIfNeeded();
    await screenshot(page, "citizen-rating-form-elder");
    await page.evaluate(() => {
      delete document.documentElement.dataset.mode;
    });

    // The keyboard chooses a score: Tab into the group, the arrow key moves to the next star.
    const overall = rating.getByRole("group", { name: "总体评价" });
    await overall.getByRole("radio", { name: /^非常不满意/ }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    expect(await overall.getByRole("radio", { name: /^不满意/ }).isChecked()).toBe(true);
    await rating.getByText("不满意", { exact: true }).waitFor();

    // Sending it short of a score names the missing one and goes there.
    await rating.getByRole("button", { name: "提交评价" }).click();
    await rating.getByText("请为“办理速度”打分。").waitFor();
    await rating.getByText("请为“服务态度”打分。").waitFor();
    const speed = rating.getByRole("group", { name: /^办理速度/ });
    expect(
      await speed
        .getByRole("radio", { name: /^非常不满意/ })
        .evaluate((radio) => radio === document.activeElement),
    ).toBe(true);
    // A tap on a star: the radio lies over it.
    await speed.getByRole("radio", { name: "不满意（2星）" }).click();
    await rating
      .getByRole("group", { name: /^服务态度/ })
      .getByRole("radio", { name: "基本满意（3星）" })
      .click();
    await rating.getByLabel("意见和建议（选填）").fill("窗口只开了一个，排队等了一个多小时。");
    await rating.getByRole("button", { name: "提交评价" }).click();

    // Thanked at once, and told when the county centre will call back; the rating shows as given.
    const given = main.getByRole("region", { name: /^您的评价/ });
    const thanks = given.getByText("感谢您的评价！");
    await thanks.waitFor();
    expect(await thanks.evaluate((element) => element === document.activeElement)).toBe(true);
    const overview = await apiResult<Overview>(page, "citizen.card.overview");
    const followUp = overview.applications.find((application) => application.status === "COLLECTED")
      ?.rating.given?.followUp;
    expect(followUp?.workingDays).toBe(5);
    await given
      .getByText(`县医保中心将在5个工作日内（${followUp?.dueDate}前）给您回电，了解情况并改进。`, {
        exact: false,
      })
      .waitFor();
    await given.getByText("2星：不满意").first().waitFor();
    await given.getByText("窗口只开了一个，排队等了一个多小时。").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, "citizen-rating-thanks");
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();

    // The county centre's clerk finds her among the follow-ups, due that day, with her phone.
    const centre = await suite.open({ ...desktop, acceptDownloads: true });
    await logInAsStaff(centre.page, demoAccounts.countyCentreClerk);
    await centre.page.getByRole("navigation").getByRole("link", { name: "差评回访" }).click();
    const staffMain = centre.page.getByRole("main");
    await staffMain.getByRole("heading", { level: 1, name: "差评回访" }).waitFor();
    const row = staffMain.getByRole("row", { name: new RegExp(holder.name) });
    await row.waitFor();
    await row.getByText(followUp?.dueDate ?? "?").waitFor();
    await row.getByText("窗口只开了一个，排队等了一个多小时。").waitFor();
    await row.getByText(/总体 2星（不满意）/).waitFor();
    const phoneNumber = (await row.getByText(/^1\d{10}$/).textContent()) ?? "?";
    expect(await seriousAccessibilityViolations(centre.page)).toEqual([]);
    await screenshot(centre.page, "staff-follow-ups");

    // A call-back closes it: it leaves the open list.
    await row.getByRole("button", { name: `记录回访 ${holder.name}` }).click();
    const dialog = centre.page.getByRole("dialog", { name: `记录回访：${holder.name}` });
    await dialog.getByRole("radio", { name: "已解释说明" }).check();
    await dialog.getByLabel("回访记录").fill("已致电致歉，说明已增开窗口。");
    await screenshot(centre.page, "staff-follow-up-call-back");
    await dialog.getByRole("button", { name: "保存回访记录" }).click();
    await staffMain.getByText(`已记录对${holder.name}的回访。`).waitFor();
    await row.waitFor({ state: "detached" });

    // The dashboard's ratings panel counts it, and exports the figures and every rating, no phone.
    await centre.page.getByRole("navigation").getByRole("link", { name: "办理时效" }).click();
    const panel = staffMain.getByRole("region", { name: "好差评", exact: true });
    const table = panel.getByRole("table", { name: /^好差评统计/ });
    await table.waitFor();
    const headers = await table.locator("thead th").allTextContents();
    const figures = await table
      .locator("tbody tr, tfoot tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim() ?? "")),
      );
    const chengguan = figures.find((cells) => cells[0] === "城关街道医保服务点");
    expect(Number(chengguan?.[1])).toBeGreaterThan(0);
    expect(figures.at(-1)?.[0]).toBe("合计");
    await panel.scrollIntoViewIfNeeded();
    await screenshot(centre.page, "staff-dashboard-ratings");
    const downloading = centre.page.waitForEvent("download");
    await panel.getByRole("button", { name: "导出评价 (.xlsx)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^好差评-\d{4}-\d\d-01至\d{4}-\d\d-\d\d\.xlsx$/);
    const [counts, ratings] = await readXlsxFile(await download.path());
    expect(counts?.sheet).toBe("统计");
    expect(counts?.data[0]).toEqual(headers);
    expect(
      counts?.data
        .slice(1)
        .map(([name, ...numbers]) => [
          name,
          ...numbers.map((cell) => (cell === null ? "—" : String(cell))),
        ]),
    ).toEqual(
      figures.map(([name, ...numbers]) => [
        name,
        // The table writes the average with one decimal (3.0); the sheet holds the number (3).
        ...numbers.map((value) => (value === "—" ? value : String(Number(value)))),
      ]),
    );
    expect(ratings?.sheet).toBe("明细");
    expect(
      ratings?.data.some((cells) => cells.includes("窗口只开了一个，排队等了一个多小时。")),
    ).toBe(true);
    expect(JSON.stringify(ratings?.data)).not.toContain(phoneNumber);
    expect(centre.errors).toEqual([]);
    await centre.context.close();
  });
});
