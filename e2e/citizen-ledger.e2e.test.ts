import { demoAccounts } from "@yibao/db";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { chineseMonth, yuan } from "./support/expected-words";
import { askApi, logInAsCitizen } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { staffApi } from "./support/staff-api";
import { screenshot } from "./support/staff-screenshot";

const { activeInsured, sealedInsured, bureauClerk } = demoAccounts;

interface Entry {
  postedAt: string;
  kind: "CONTRIBUTION_CREDIT" | "SETTLEMENT_DEBIT" | "REVERSAL";
  amountFen: number;
  contributionMonth: string | null;
  institution: { name: string; kind: "PHARMACY" | "HOSPITAL" } | null;
}

interface TransactionPage {
  items: Entry[];
  nextCursor: string | null;
}

interface Contributions {
  year: number;
  years: number[];
  months: {
    month: string;
    paid: boolean;
    totalFen: number | null;
    creditedFen: number | null;
    employer: { name: string | null } | null;
  }[];
}

interface Projection {
  outlook: "LASTS" | "GROWING" | "NO_SPENDING";
  monthsLeft: number | null;
  averageMonthlyNetFen: number;
  history: { month: string; balanceFen: number }[];
  projectedFen: number[];
}

interface Summary {
  status: string;
  sealedSince: string | null;
  lastPaidMonth: string | null;
}

async function apiResult<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** What an entry says, worked out from its facts apart from the app (the examples). */
function expectedWords(entry: Entry): string {
  const place = entry.institution?.name ?? "";
  if (entry.kind === "CONTRIBUTION_CREDIT") {
    return `${chineseMonth(entry.contributionMonth ?? "")} 个人账户划入`;
  }
  if (entry.kind === "REVERSAL") return `冲正（退款） · ${place}`;
  return `${entry.institution?.kind === "PHARMACY" ? "药店购药" : "门诊/住院结算"} · ${place}`;
}

/** 'YYYY-MM' of an instant in China's time zone. */
function chinaMonthOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** 'YYYY-MM-DD HH:mm' of an instant in China's time zone. */
function chinaDateTimeOf(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

/** Waits until the list on screen says, entry by entry, what the server's entries are. */
async function expectEntries(list: Locator, entries: Entry[]): Promise<void> {
  const descriptions = list.locator(".transaction-description");
  await expect.poll(() => descriptions.allTextContents()).toEqual(entries.map(expectedWords));
  const amounts = await list.locator(".transaction-amount").allTextContents();
  expect(amounts.map((text) => text.replace("金额", "").trim())).toEqual(
    entries.map((entry) =>
      entry.amountFen > 0 ? `+${yuan(entry.amountFen)}` : yuan(entry.amountFen),
    ),
  );
}

/** How many pixels of the chart are drawn in about `rgb` (anti-aliasing blends the edges). */
function pixelsOf(canvas: Locator, rgb: [number, number, number] | null): Promise<number> {
  return canvas.evaluate((element, colour) => {
    const canvasElement = element as HTMLCanvasElement;
    const context = canvasElement.getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) < 200) continue;
      if (colour === null) count += 1;
      else if (colour.every((value, c) => Math.abs((data[i + c] ?? 0) - value) < 24)) count += 1;
    }
    return count;
  }, rgb);
}

// The chart's two lines (apps/citizen outlook-chart.tsx).
const actualLine: [number, number, number] = [0x0a, 0x52, 0x99];
const projectedLine: [number, number, number] = [0x8a, 0x4b, 0x00];

describe("the insured's ledger", () => {
  const suite = useBrowserSuite();

  it("writes each transaction in words with the institution, filters by kind and month, and loads more", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await main
      .getByRole("region", { name: "最近交易" })
      .getByRole("link", { name: "查看全部交易明细" })
      .click();
    await main.getByRole("heading", { level: 1, name: "最近交易" }).waitFor();
    const list = main.locator(".transactions");

    const first = await apiResult<TransactionPage>(page, "citizen.account.transactions", {});
    expect(first.items).toHaveLength(20);
    await expectEntries(list, first.items);
    // The demo county's settlements name the pharmacies and hospitals they were made at.
    expect(first.items.some((entry) => entry.institution?.kind === "HOSPITAL")).toBe(true);
    expect(await pageProblems(page, "transactions")).toEqual([]);
    await screenshot(page, "citizen-transactions");

    const second = await apiResult<TransactionPage>(page, "citizen.account.transactions", {
      cursor: first.nextCursor,
    });
    await main.getByRole("button", { name: "加载更多" }).click();
    await expectEntries(list, [...first.items, ...second.items]);

    await main.getByRole("radio", { name: "支出" }).check();
    await page.waitForURL((url) => url.searchParams.get("kind") === "SETTLEMENT_DEBIT");
    const debits = await apiResult<TransactionPage>(page, "citizen.account.transactions", {
      kind: "SETTLEMENT_DEBIT",
    });
    await expectEntries(list, debits.items);
    expect(debits.items.every((entry) => entry.amountFen < 0)).toBe(true);

    // The month of the demo county's one refund: the sale and its reversal, side by side.
    const [reversal] = (
      await apiResult<TransactionPage>(page, "citizen.account.transactions", { kind: "REVERSAL" })
    ).items;
    if (!reversal) throw new Error("the demo county has a reversed settlement");
    const month = chinaMonthOf(reversal.postedAt);
    await main.getByLabel("月份").selectOption(month);
    await main.getByRole("radio", { name: "全部" }).check();
    await page.waitForURL(
      (url) => url.searchParams.get("month") === month && !url.searchParams.has("kind"),
    );
    const ofMonth = await apiResult<TransactionPage>(page, "citizen.account.transactions", {
      month,
    });
    await expectEntries(list, ofMonth.items);
    await list.getByText(`冲正（退款） · ${reversal.institution?.name}`).waitFor();
    await list.getByText(`药店购药 · ${reversal.institution?.name}`).waitFor();

    // The filter is in the address: a reload keeps it.
    await page.reload();
    await expectEntries(list, ofMonth.items);
    expect(await main.getByLabel("月份").inputValue()).toBe(month);
    expect(await main.getByRole("radio", { name: "全部" }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the contributions of a year, month by month, with the employer, and switches years", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await page.goto("/balance");
    await main.getByRole("link", { name: /^缴费记录/ }).click();
    await main.getByRole("heading", { level: 1, name: "缴费记录" }).waitFor();

    const thisYear = await apiResult<Contributions>(page, "citizen.account.contributions", {});
    const paid = thisYear.months.filter((month) => month.paid);
    const credited = paid.reduce((sum, month) => sum + (month.creditedFen ?? 0), 0);
    await main
      .getByText(`${thisYear.year}年已缴费 ${paid.length} 个月，共划入个人账户 ${yuan(credited)}。`)
      .waitFor();
    const months = main.locator(".contribution-month");
    await expect.poll(() => months.count()).toBe(thisYear.months.length);
    // This month's premium is not in yet: said as such, not as a missing payment.
    expect(thisYear.months[0]?.paid).toBe(false);
    expect(await months.first().textContent()).toContain("未缴费");
    const paidMonth = paid[0];
    if (!paidMonth) throw new Error("李秀兰 paid last month");
    const paidText = await main
      .locator(".contribution-month", { hasText: chineseMonth(paidMonth.month) })
      .textContent();
    expect(paidText).toContain("已缴费");
    expect(paidText).toContain(yuan(paidMonth.totalFen ?? 0));
    expect(paidText).toContain(yuan(paidMonth.creditedFen ?? 0));
    expect(paidText).toContain("云溪县青山茶业有限公司");
    expect(await pageProblems(page, "contributions")).toEqual([]);
    await screenshot(page, "citizen-contributions");

    const earlier = thisYear.years.at(-1);
    if (earlier === undefined || earlier === thisYear.year) throw new Error("years of history");
    await main.getByRole("link", { name: `${earlier}年` }).click();
    await page.waitForURL((url) => url.searchParams.get("year") === String(earlier));
    const thatYear = await apiResult<Contributions>(page, "citizen.account.contributions", {
      year: earlier,
    });
    await expect.poll(() => months.count()).toBe(thatYear.months.length);
    const paidThen = thatYear.months.filter((month) => month.paid).length;
    await main.getByText(new RegExp(`^${earlier}年已缴费 ${paidThen} 个月`)).waitFor();
    expect(
      await main.getByRole("link", { name: `${earlier}年` }).getAttribute("aria-current"),
    ).toBe("page");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("answers 会不会用完 for a growing balance, with the chart and no chart library or employer portal in the first load", async () => {
    const { context, page, errors } = await suite.open(phone);
    // Every script the app loads, and whether it holds Chart.js (its line options' own name) or
    // the employer portal (its header's class name), which is loaded under /employer/ only.
    const scripts: Promise<{ url: string; chart: boolean; portal: boolean }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.push(
        response.text().then((body) => ({
          url: response.url(),
          chart: body.includes("borderDashOffset"),
          portal: body.includes("employer-identity"),
        })),
      );
    });
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "我的医保账户" }).waitFor();
    await page.goto("/balance");
    await main.getByText(/^¥[\d,]+\.\d\d$/).waitFor();
    const firstLoad = await Promise.all(scripts);
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((script) => script.chart)).toEqual([]);
    expect(firstLoad.filter((script) => script.portal)).toEqual([]);

    await main.getByRole("link", { name: /^医保卡里的钱会不会用完？/ }).click();
    await main.getByRole("heading", { level: 1, name: "医保卡里的钱会不会用完？" }).waitFor();
    const projection = await apiResult<Projection>(page, "citizen.account.projection");
    expect(projection.outlook).toBe("GROWING");
    const answer = `您的余额在增长：近12个月平均每月划入比支出多 ${yuan(-projection.averageMonthlyNetFen)}。`;
    await main.getByText(answer, { exact: true }).waitFor();
    const chart = main.getByRole("img", { name: /^近12个月的月末余额图/ });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toContain(answer);
    expect((await Promise.all(scripts)).filter((script) => script.chart)).toHaveLength(1);
    expect(await pixelsOf(chart, actualLine)).toBeGreaterThan(200);
    expect(await pixelsOf(chart, projectedLine)).toBe(0);

    // The same figures as a table: the 12 month-ends, no estimate.
    await main.getByText("查看每月余额（表格）").click();
    const rows = main.getByRole("table", { name: "每月月末余额" }).locator("tbody tr");
    expect(await rows.count()).toBe(12);
    expect(await rows.last().textContent()).toContain(
      yuan(projection.history.at(-1)?.balanceFen ?? -1),
    );
    expect(await pageProblems(page, "outlook growing")).toEqual([]);
    await screenshot(page, "citizen-outlook-growing");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("tells 王建国 how many months his sealed account lasts, and draws the months ahead dashed", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, sealedInsured);
    const main = page.getByRole("main");

    // The status in words: since when, why, and what sealing means in this county.
    await page.goto("/balance");
    const summary = await apiResult<Summary>(page, "citizen.accountSummary");
    expect(summary.status).toBe("SEALED");
    await main.getByText(`自${chineseMonth(summary.sealedSince ?? "")}起封存`).waitFor();
    await main
      .getByText(`原因：${chineseMonth(summary.lastPaidMonth ?? "")}以后没有缴费记录。`)
      .waitFor();
    await main.getByText(/^封存期间，个人账户不能支付/).waitFor();

    await main.getByRole("link", { name: /^医保卡里的钱会不会用完？/ }).click();
    const projection = await apiResult<Projection>(page, "citizen.account.projection");
    expect(projection.outlook).toBe("LASTS");
    await main
      .getByText(
        `按您近12个月平均每月净支出 ${yuan(projection.averageMonthlyNetFen)}，余额约可用 ${projection.monthsLeft} 个月`,
      )
      .waitFor();
    await main.getByText(/^您的账户已封存，封存期间不能从个人账户支付/).waitFor();
    const chart = main.getByRole("img", { name: /和按平均支出估算的今后12个月余额（虚线）/ });
    await chart.waitFor();
    expect(await pixelsOf(chart, actualLine)).toBeGreaterThan(200);
    expect(await pixelsOf(chart, projectedLine)).toBeGreaterThan(100);

    await main.getByText("查看每月余额（表格）").click();
    const table = main.getByRole("table", { name: "每月月末余额" });
    expect(await table.locator("tbody tr").count()).toBe(24);
    expect(await table.locator("tbody tr", { hasText: "估算" }).count()).toBe(12);
    expect(await table.locator("tbody tr").last().textContent()).toContain(
      yuan(projection.projectedFen.at(-1) ?? -1),
    );
    expect(await pageProblems(page, "outlook lasts")).toEqual([]);
    await screenshot(page, "citizen-outlook-lasts");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the insured who looked at the account: a look-up made at the bureau appears in words", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await main.getByRole("link", { name: /^谁查看过我的账户/ }).click();
    await main.getByRole("heading", { level: 1, name: "账户查询记录" }).waitFor();
    await main.getByText("还没有经办人员查询过您的个人账户。").waitFor();

    const counter = await suite.open(phone);
    const bureau = await staffApi(counter.page, bureauClerk);
    const lookUp = await bureau.ask("staff.bureau.lookUp", {
      residentId: activeInsured.residentId,
      reason: "DISPUTE_CHECK",
    });
    expect(lookUp.status).toBe(200);
    await counter.context.close();

    await page.reload();
    const [record] = (
      await apiResult<{ items: { at: string; by: string }[] }>(
        page,
        "citizen.account.accessLog",
        {},
      )
    ).items;
    expect(record?.by).toBe("云溪县医保中心");
    const entry = main.locator(".access-entry");
    await expect.poll(() => entry.count()).toBe(1);
    const text = (await entry.textContent()) ?? "";
    for (const words of [
      chinaDateTimeOf(record?.at ?? ""),
      "云溪县医保中心",
      "社保局经办人员",
      "核对交易或缴费",
      "证件号码",
    ]) {
      expect(text).toContain(words);
    }
    // The office and the role, never the clerk's own name.
    expect(text).not.toContain(bureauClerk.displayName);
    expect(await pageProblems(page, "access log")).toEqual([]);
    await screenshot(page, "citizen-access-log");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("words the new pages in English, and the elder home puts the e-card first", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, activeInsured);
    const main = page.getByRole("main");
    const nav = page.getByRole("navigation");
    await nav.getByRole("link", { name: "我的" }).click();
    await main.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "My profile" }).waitFor();

    const pages = [
      ["/transactions", "Recent transactions", /^Contribution credited for [A-Z][a-z]+ \d{4}$/],
      ["/contributions", "Contributions", /^\d{4}: \d+ months paid, ¥[\d,]+\.\d\d credited/],
      ["/balance/outlook", "Will the money on my card run out?", /^Your balance is growing/],
      [
        "/profile/access-log",
        "Who looked at my account",
        /^Under the Personal Information Protection Law/,
      ],
    ] as const;
    for (const [path, heading, words] of pages) {
      await page.goto(path);
      await main.getByRole("heading", { level: 1, name: heading }).waitFor();
      await main.getByText(words).first().waitFor();
      await screenshot(page, `citizen-en${path.replaceAll("/", "-")}`);
    }

    await page.goto("/profile");
    await main.getByRole("switch", { name: "Senior mode" }).click();
    await nav.getByRole("link", { name: "Home" }).click();
    const tasks = main
      .getByRole("region", { name: "What would you like to do?" })
      .getByRole("link");
    await tasks.first().waitFor();
    expect(await tasks.first().textContent()).toMatch(/^E-card/);
    await page.goto("/contributions");
    await main.getByRole("heading", { level: 1, name: "Contributions" }).waitFor();
    await main.locator(".contribution-month").first().waitFor();
    expect(await pageProblems(page, "contributions, elder, en")).toEqual([]);
    await screenshot(page, "citizen-en-contributions-elder");
    expect(errors).toEqual([]);
    await context.close();
  });
});
