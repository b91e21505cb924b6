import { demoAccounts } from "@yibao/db";
import type { Locator, Page } from "playwright-core";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { citizenApi } from "./support/citizen-api";
import { chineseMonth, yuan } from "./support/expected-words";
import { askApi, logInAsStaff } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

const { taxOfficer, sealedInsured, activeInsured, unregisteredInsured } = demoAccounts;

interface AccountSummary {
  status: string;
  balanceFen: number;
  lastPaidMonth: string | null;
}

/** A month in China counted from this one (0 = this month, -1 = the one before), as 'YYYY-MM'. */
function chinaMonth(offset: number): string {
  const today = new Date(Date.now() + 8 * 60 * 60_000);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`;
}

// The demo county's employers (packages/db demo-employers.ts): 王建国 worked at 顺达物流.
const logisticsCompany = "91530125MA6P4QRK3Q";
const teaCompany = "91530125MA6K8Y2Q3B";

const thisMonth = chinaMonth(0);
const lastMonth = chinaMonth(-1);

/**
 * The tax system's file for a month as the officer receives it: the header row, then one payment
 * a row — ID numbers, months and receipt numbers as text, amounts as numbers in yuan.
 */
function collectionFile(): Promise<Buffer> {
  const text = (value: string) => ({ type: String, value, format: "@" });
  const row = (cells: {
    creditCode: string;
    residentId: string;
    month: string;
    wageBase: number | null;
    personal: number;
    employer: number | null;
    receipt: string;
  }) => [
    text(cells.creditCode),
    text(cells.residentId),
    text(cells.month),
    cells.wageBase === null ? null : { type: Number, value: cells.wageBase },
    { type: Number, value: cells.personal },
    cells.employer === null ? null : { type: Number, value: cells.employer },
    text(cells.receipt),
  ];
  const header = [
    "统一社会信用代码",
    "身份证号码",
    "费款所属期",
    "缴费基数",
    "个人缴费",
    "单位缴费",
    "税票号码",
  ];
  return writeXlsxFile(
    [
      header.map((name) => ({ value: name, fontWeight: "bold" as const })),
      // Row 2: 王建国 again, paid for by his old employer this month: creditable.
      row({
        creditCode: logisticsCompany,
        residentId: sealedInsured.residentId,
        month: thisMonth,
        wageBase: 5000,
        personal: 100,
        employer: 400,
        receipt: `E2E${thisMonth.replace("-", "")}0001`,
      }),
      // Row 3: 张伟 paying for himself, never registered as an individual payer.
      row({
        creditCode: "",
        residentId: unregisteredInsured.residentId,
        month: thisMonth,
        wageBase: 4500,
        personal: 450,
        employer: null,
        receipt: `E2E${thisMonth.replace("-", "")}0002`,
      }),
      // Row 4: a valid ID number (the standard's own example) nobody in the county has.
      row({
        creditCode: teaCompany,
        residentId: "11010519491231002X",
        month: thisMonth,
        wageBase: 5000,
        personal: 100,
        employer: 400,
        receipt: `E2E${thisMonth.replace("-", "")}0003`,
      }),
      // Row 5: a receipt number the demo county's collections credited last month.
      row({
        creditCode: teaCompany,
        residentId: activeInsured.residentId,
        month: lastMonth,
        wageBase: 5000,
        personal: 100,
        employer: 400,
        receipt: `353012500${lastMonth.replace("-", "")}0001`,
      }),
      // Row 6: a month written the wrong way.
      row({
        creditCode: teaCompany,
        residentId: unregisteredInsured.residentId,
        month: thisMonth.replace("-", "/"),
        wageBase: 5000,
        personal: 100,
        employer: 400,
        receipt: `E2E${thisMonth.replace("-", "")}0004`,
      }),
    ],
    { sheet: "征收明细" },
  ).toBuffer();
}

async function staffData<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/** Each body row of a table as the texts of its cells (header cell first). */
function rowsOf(table: Locator, part = "tbody") {
  return table
    .locator(`${part} tr`)
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim() ?? "")),
    );
}

describe("the tax officer's pages", () => {
  const suite = useBrowserSuite();

  it("imports a month of premiums, shows the report, credits it, and 王建国's account is unsealed", async () => {
    const { page: phone } = await suite.open(desktop);
    const wangJianguo = await citizenApi(phone, sealedInsured);
    const before = await wangJianguo.ask<AccountSummary>("citizen.accountSummary");
    expect(before.status).toBe("SEALED");

    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsStaff(page, taxOfficer, "/staff/payers");
    await main.getByRole("heading", { level: 1, name: "缴费登记" }).waitFor();
    const nav = page.getByRole("navigation", { name: "主导航" });
    for (const area of ["缴费登记", "征收数据导入", "欠费", "稽核", "基金收入"]) {
      await nav.getByRole("link", { name: area, exact: true }).waitFor();
    }
    await nav.getByRole("link", { name: "征收数据导入", exact: true }).click();
    await main.getByRole("heading", { level: 1, name: "征收数据导入" }).waitFor();
    // The file's columns are listed as the file names them.
    await main.getByText("统一社会信用代码", { exact: true }).waitFor();
    expect(await pageProblems(page, "collections")).toEqual([]);
    await screenshot(page, "staff-tax-collections");

    await main.getByLabel("征收明细文件", { exact: true }).setInputFiles({
      name: `云溪县医保费征收明细-${thisMonth}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await collectionFile(),
    });
    await main.getByRole("button", { name: "上传并检查" }).click();
    await page.waitForURL(/\/staff\/collections\/[0-9a-f-]{36}$/);
    await main.getByRole("heading", { level: 1, name: "征收明细检查结果" }).waitFor();

    // Every row came out one way, and the report counts them.
    const outcomes = main.getByRole("region", { name: "检查结果" });
    await outcomes.getByText("共检查 5 行数据：").waitFor();
    expect(await outcomes.getByRole("listitem").allTextContents()).toEqual([
      "1可入账",
      "1缴费人未登记",
      "1查无此人",
      "1已入账过",
      "1数据有误",
    ]);
    // The rows not credited, each with its reason in words at its column.
    const refused = main.getByRole("table", { name: "不能入账的行及原因" });
    expect(await rowsOf(refused)).toEqual([
      [
        "3",
        "缴费人未登记",
        "身份证号码：这个人没有办理个人缴费登记（灵活就业或城乡居民），请先办理缴费登记。",
      ],
      ["4", "查无此人", "身份证号码：本县没有这个身份证号码的参保人。"],
      ["5", "已入账过", "税票号码：这个税票号码已经入账过，不会重复入账。"],
      ["6", "数据有误", "费款所属期：月份格式应为 YYYY-MM，如 2026-05。"],
    ]);
    // No full ID number is on the report.
    expect(await main.textContent()).not.toContain(sealedInsured.residentId);
    expect(await pageProblems(page, "collection report")).toEqual([]);
    await screenshot(page, "staff-tax-collection-report");

    const credit = main.getByRole("region", { name: "确认入账" });
    await credit.getByText(/1 行缴费一次入账，合计 ¥100\.00 划入参保人的个人账户/).waitFor();
    await main.getByRole("button", { name: "确认入账" }).click();
    const result = credit.getByRole("status");
    await result.getByText("已入账 1 笔缴费，划入个人账户合计 ¥100.00。").waitFor();
    await screenshot(page, "staff-tax-collection-credited");

    // The insured sees it: the balance is up by the credit, and the account is active again.
    const after = await wangJianguo.ask<AccountSummary>("citizen.accountSummary");
    expect(after.balanceFen - before.balanceFen).toBe(10_000);
    expect(after.status).toBe("ACTIVE");
    expect(after.lastPaidMonth).toBe(thisMonth);

    // The same file again credits nothing twice: its receipt number is credited already.
    await page.getByRole("link", { name: "返回征收数据导入" }).click();
    await main.getByLabel("征收明细文件", { exact: true }).setInputFiles({
      name: `云溪县医保费征收明细-${thisMonth}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await collectionFile(),
    });
    await main.getByRole("button", { name: "上传并检查" }).click();
    await page.waitForURL(/\/staff\/collections\/[0-9a-f-]{36}$/);
    await outcomes.getByText("共检查 5 行数据：").waitFor();
    expect(await outcomes.getByRole("listitem").allTextContents()).toEqual([
      "0可入账",
      "1缴费人未登记",
      "1查无此人",
      "2已入账过",
      "1数据有误",
    ]);
    await main.getByText("这个文件没有可以入账的行。").waitFor();

    await page.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Collection file report" }).waitFor();
    await main
      .getByRole("table", { name: "Rows not credited, with their reasons" })
      .getByText("税票号码: This receipt number was credited before; it is not credited again.")
      .first()
      .waitFor();
    expect(await pageProblems(page, "collection report (en)")).toEqual([]);
    await screenshot(page, "staff-tax-collection-report-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the fund's income by month and exports the same figures as an .xlsx file", async () => {
    const { context, page, errors } = await suite.open({ ...desktop, acceptDownloads: true });
    const main = page.getByRole("main");
    // Every script the app loads, and whether it holds Chart.js (its line options' own name).
    const scripts: Promise<boolean>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.push(response.text().then((body) => body.includes("borderDashOffset")));
    });
    await logInAsStaff(page, taxOfficer, "/staff/payers");
    await main.getByRole("table", { name: "用人单位缴费登记" }).waitFor();
    expect((await Promise.all(scripts)).filter(Boolean)).toEqual([]);
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "基金收入" })
      .click();
    await main.getByRole("heading", { level: 1, name: "基金收入" }).waitFor();

    const from = chinaMonth(-11);
    const table = main.getByRole("table", { name: `基金收入明细，${from} 至 ${thisMonth}` });
    await table.waitFor();
    const headers = await table.locator("thead th").allTextContents();
    expect(headers).toEqual([
      "月份",
      "职工个人缴费",
      "单位缴费",
      "城乡居民缴费",
      "征收合计",
      "划入个人账户",
      "划入统筹基金",
      "欠费（未征收）",
    ]);
    const months = await rowsOf(table);
    const totals = await rowsOf(table, "tfoot");
    expect(months.map((row) => row[0])).toEqual(
      Array.from({ length: 12 }, (_, index) => chineseMonth(chinaMonth(index - 11))),
    );

    // The page shows what the API answers: the ledger's sums, as ¥ to the fen.
    const report = await staffData<{
      months: Array<Record<string, number | string>>;
      total: Record<string, number>;
    }>(page, "staff.tax.fundIncome", { from, to: thisMonth });
    const figures = [
      "employeeFen",
      "employerFen",
      "residentFen",
      "collectedFen",
      "creditedFen",
      "pooledFen",
      "arrearsFen",
    ];
    expect(months.map((row) => row.slice(1))).toEqual(
      report.months.map((month) => figures.map((name) => yuan(Number(month[name])))),
    );
    expect(totals.at(-1)).toEqual([
      "合计",
      ...figures.map((name) => yuan(report.total[name] ?? 0)),
    ]);
    expect(report.total.collectedFen).toBeGreaterThan(0);

    // The chart has been drawn.
    const chart = main.getByRole("img", { name: /柱状图.*具体数字见下方明细表/ });
    const painted = await chart.evaluate((canvas) => {
      const { width, height } = canvas as HTMLCanvasElement;
      const pixels = (canvas as HTMLCanvasElement)
        .getContext("2d")
        ?.getImageData(0, 0, width, height).data;
      let coloured = 0;
      for (let i = 0; pixels && i < pixels.length; i += 4) {
        if ((pixels[i + 3] ?? 0) > 0) coloured += 1;
      }
      return coloured;
    });
    expect(painted).toBeGreaterThan(1000);
    expect((await Promise.all(scripts)).filter(Boolean)).toHaveLength(1);
    expect(await pageProblems(page, "fund income")).toEqual([]);
    await screenshot(page, "staff-tax-fund-income");

    const downloading = page.waitForEvent("download");
    await main.getByRole("button", { name: "导出为 Excel 文件" }).click();
    const download = await downloading;
    const fileName = `基金收入-${from}至${thisMonth}.xlsx`;
    expect(download.suggestedFilename()).toBe(fileName);
    await main.getByRole("status").getByText(`已导出 ${fileName}`).waitFor();
    // The file opens, with the table's header, a row a month and the totals, to the fen.
    const sheet = await readSheet(await download.path());
    expect(sheet[0]).toEqual(headers);
    const asShown = (cell: unknown, index: number) =>
      index === 0
        ? /^\d{4}-\d{2}$/.test(String(cell))
          ? chineseMonth(String(cell))
          : String(cell)
        : yuan(Math.round(Number(cell) * 100));
    expect(sheet.slice(1).map((row) => row.map(asShown))).toEqual([...months, ...totals]);

    // The budget proposal writes its method next to it; the final accounts take a closed year.
    await main.getByRole("link", { name: "基金收入预算建议" }).click();
    await main.getByRole("heading", { level: 1, name: "基金收入预算建议" }).waitFor();
    await main.getByRole("heading", { name: "推算方法" }).waitFor();
    await main.getByText(/最小二乘法|一个完整月份|无法推算/).waitFor();
    expect(await pageProblems(page, "budget proposal")).toEqual([]);
    await screenshot(page, "staff-tax-budget");
    await main.getByRole("link", { name: "基金收入决算" }).click();
    await main.getByRole("heading", { level: 1, name: "基金收入决算" }).waitFor();
    await main.getByRole("table", { name: /年全年收入$/ }).waitFor();
    await screenshot(page, "staff-tax-final-accounts");

    await page.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Final accounts" }).waitFor();
    await main.getByRole("link", { name: "Fund income" }).click();
    await main.getByRole("heading", { level: 1, name: "Fund income" }).waitFor();
    await main.getByRole("table", { name: `Fund income, ${from} to ${thisMonth}` }).waitFor();
    expect(await pageProblems(page, "fund income (en)")).toEqual([]);
    await screenshot(page, "staff-tax-fund-income-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("registers an employer, shows the arrears and opens and decides a supervision case", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsStaff(page, taxOfficer, "/staff/payers");
    const employers = main.getByRole("table", { name: "用人单位缴费登记" });
    await employers.getByRole("rowheader", { name: "云溪县石桥建材有限公司" }).waitFor();
    expect(await pageProblems(page, "payers")).toEqual([]);
    await screenshot(page, "staff-tax-payers");

    // A mistyped credit code is caught before anything is sent, with what to check.
    await main.getByRole("link", { name: "登记用人单位" }).click();
    await main.getByRole("heading", { level: 1, name: "登记用人单位" }).waitFor();
    await main.getByLabel("统一社会信用代码").fill("91530125MA6T7KWR4Y");
    await main.getByLabel("单位名称").fill("云溪县桃源米业有限公司");
    await main.getByLabel("单位地址").fill("云溪县桃源镇米市街12号");
    await main.getByRole("button", { name: "登记", exact: true }).click();
    await main.getByText(/代码的最后一位与前 17 位对不上/).waitFor();
    expect(await pageProblems(page, "register employer")).toEqual([]);
    await screenshot(page, "staff-tax-register-employer");
    await main.getByLabel("统一社会信用代码").fill("91530125ma6t7kwr4x");
    await main.getByRole("button", { name: "登记", exact: true }).click();
    await main.getByRole("heading", { level: 1, name: "云溪县桃源米业有限公司" }).waitFor();
    await main.getByRole("status").getByText("已登记：云溪县桃源米业有限公司。").waitFor();
    await main.getByText("91530125MA6T7KWR4X", { exact: true }).waitFor();
    // Its first employee, from this month.
    await main.getByRole("button", { name: "增加参保职工" }).click();
    await main.getByLabel("居民身份证号码").fill(unregisteredInsured.residentId);
    await main.getByRole("button", { name: "增加", exact: true }).click();
    await main
      .getByRole("status")
      .getByText(`已增加参保职工：${unregisteredInsured.name}。`)
      .waitFor();
    const staffList = main.getByRole("table", { name: "参保职工" });
    await staffList.getByRole("rowheader", { name: unregisteredInsured.name }).waitFor();
    expect(await staffList.textContent()).not.toContain(unregisteredInsured.residentId);
    await screenshot(page, "staff-tax-employer");

    // An individual payer's page: the registration, and the resident scheme's years paid.
    await page.getByRole("link", { name: "返回缴费登记" }).click();
    await main.getByRole("link", { name: "个人缴费", exact: true }).click();
    const individuals = main.getByRole("table", { name: "个人缴费登记" });
    await individuals.getByRole("cell", { name: "城乡居民医保" }).first().waitFor();
    await individuals
      .getByRole("row")
      .filter({ hasText: "城乡居民医保" })
      .first()
      .getByRole("link", { name: /^查看/ })
      .click();
    await main.getByRole("region", { name: "城乡居民医保缴费" }).getByRole("table").waitFor();
    expect(await pageProblems(page, "individual payer")).toEqual([]);
    await screenshot(page, "staff-tax-individual");

    // The employer in arrears, with its months, people and late fee; its open case.
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: "欠费" })
      .click();
    await main.getByRole("heading", { level: 1, name: "欠费" }).waitFor();
    const arrears = main.getByRole("table", { name: "欠费缴费人" });
    const stone = arrears.getByRole("row").filter({ hasText: "云溪县石桥建材有限公司" });
    await stone.waitFor();
    // The months owed are those whose due date (the 15th of the next month) has passed.
    const owed = await staffData<{
      payers: Array<{ payer: { name: string }; monthsOwed: string[]; lateFeeFen: number }>;
    }>(page, "staff.tax.arrears", { month: lastMonth });
    const stoneOwes = owed.payers.find((row) => row.payer.name === "云溪县石桥建材有限公司");
    expect(stoneOwes?.monthsOwed.length).toBeGreaterThan(0);
    await stone.getByText(`${stoneOwes?.monthsOwed.length} 个月`).waitFor();
    await stone.getByText(yuan(stoneOwes?.lateFeeFen ?? 0), { exact: true }).waitFor();
    await stone.getByRole("button", { name: "云溪县石桥建材有限公司 的欠费明细" }).click();
    await main.getByRole("table", { name: "云溪县石桥建材有限公司 欠费明细" }).waitFor();
    expect(await pageProblems(page, "arrears")).toEqual([]);
    await screenshot(page, "staff-tax-arrears");
    await stone.getByRole("link", { name: "查看案件（云溪县石桥建材有限公司）" }).click();
    await main.getByRole("heading", { level: 1, name: "稽核案件" }).waitFor();
    await main.getByText(/连续数月未申报缴纳职工医保费/).waitFor();

    // Record the decision: the case closes, and its history keeps every entry.
    await main.getByRole("radio", { name: /^处理决定/ }).check();
    await main.getByRole("radio", { name: "责令限期缴纳" }).check();
    await main.getByLabel("情况说明").fill("责令单位于十五日内补缴欠缴的职工医保费及滞纳金。");
    await main.getByRole("button", { name: "记录", exact: true }).click();
    await main.getByRole("status").getByText("已记录处理决定，本案结案。").waitFor();
    await main.getByText("本案已结案，不能再记录。").waitFor();
    const entries = main.getByRole("region", { name: "办理记录" }).getByRole("listitem");
    expect(await entries.count()).toBe(3);
    expect(await pageProblems(page, "case")).toEqual([]);
    await screenshot(page, "staff-tax-case");
    await page.getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Supervision case" }).waitFor();
    await main.getByText("Ordered to pay within a time limit", { exact: false }).first().waitFor();
    await screenshot(page, "staff-tax-case-en");
    await page.getByRole("link", { name: "Back to supervision" }).click();
    await main.getByRole("heading", { level: 1, name: "Supervision" }).waitFor();
    await main.getByLabel("Show").selectOption({ label: "All cases" });
    await main.getByRole("table", { name: "Supervision cases" }).getByText("Closed").waitFor();
    expect(await pageProblems(page, "supervision (en)")).toEqual([]);
    await screenshot(page, "staff-tax-supervision-en");
    expect(errors).toEqual([]);
    await context.close();
  });
});
