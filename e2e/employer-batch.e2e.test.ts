import { demoAccounts, demoEmployerAgents } from "@yibao/db";
import type { Page } from "playwright-core";
import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsCitizen, logInAsStaff } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

const agent = demoEmployerAgents.teaCompanyAgent;
// The demo employer, as the issue names it.
const employer = { name: "云溪县青山茶业有限公司", creditCode: agent.creditCode };

// 刘芳: insured, signed up online, with no card or application yet; her employer applies for her.
const employee = { name: "刘芳", residentId: "530125197604180048", phone: "13987106611" };
// Someone the county does not know yet: the batch enrols them (增员) and applies for their card.
const newcomer = { name: "欧阳晓雪", residentId: "530125199307140524", phone: "13987106612" };
const colleague = { name: "杨思远", residentId: "530125198803020711", phone: "13987106613" };

/** The filled-in sheet as an employer's Excel would save it: text cells, one row not right. */
function filledSheet(): Promise<Buffer> {
  const text = (value: string) => ({ type: String, value, format: "@" });
  const person = (row: { name: string; residentId: string; phone: string }, point: string) => [
    row.name,
    text(row.residentId),
    text(row.phone),
    point,
  ];
  return writeXlsxFile(
    [
      ["姓名", "身份证号码", "手机号码", "服务点"],
      person(employee, "桃源镇医保服务点"),
      person(newcomer, ""),
      person(colleague, "县医保中心"),
      // A name a spreadsheet would run as a formula, a wrong check character, a short number.
      ["=SUM(1,2)", text("530125198506120039"), text("1398710"), ""],
    ],
    { sheet: "制卡申请" },
  ).toBuffer();
}

async function logInAsAgent(page: Page): Promise<void> {
  await page.goto("/employer");
  await page.waitForURL("**/employer/login");
  await page.getByLabel("统一社会信用代码").fill(agent.creditCode);
  await page.getByLabel("经办人身份证号码").fill(agent.residentId);
  await page.getByLabel("密码", { exact: true }).fill(agent.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "批量申领医保卡" }).waitFor();
}

async function uploadSheet(page: Page, file: { name: string; buffer: Buffer; mimeType: string }) {
  const main = page.getByRole("main");
  await main.getByRole("link", { name: "新建批次" }).click();
  await main.getByRole("heading", { level: 1, name: "新建批次" }).waitFor();
  await main.getByLabel("申请表（.xlsx 或 .csv）").setInputFiles(file);
  await main.getByRole("button", { name: "上传并检查" }).click();
  await page.waitForURL(/\/employer\/batches\/[0-9a-f-]{36}$/);
}

async function apiData<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

describe("the employer portal", () => {
  // The batch is checked on the job queue, as in production.
  const suite = useBrowserSuite({ jobs: true });

  it("takes 杨帆's spreadsheet through the county centre to a card in its holder's hands", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsAgent(page);
    // The agent sees their own employer only, named in the header.
    const header = page.getByRole("banner");
    await header.getByText(employer.name).waitFor();
    await header.getByText(`统一社会信用代码 ${employer.creditCode}`).waitFor();
    expect(await pageProblems(page, "batches")).toEqual([]);
    await screenshot(page, "employer-batches");

    // The template: the headers in row 1, the instructions row the server skips in row 2.
    await main.getByRole("link", { name: "新建批次" }).click();
    const templateDownload = page.waitForEvent("download");
    await main.getByRole("button", { name: "下载模板（.xlsx）" }).click();
    const template = await templateDownload;
    expect(template.suggestedFilename()).toBe("医保卡批量申领模板.xlsx");
    const [headers, instructions] = await readSheet(await template.path());
    expect(headers).toEqual(["姓名", "身份证号码", "手机号码", "服务点"]);
    expect(String(instructions?.[0])).toMatch(/^填写说明：/);
    expect(await pageProblems(page, "new batch")).toEqual([]);
    await screenshot(page, "employer-new-batch");
    await main.getByRole("link", { name: "返回批次列表" }).click();

    // The filled-in file: checked on the job queue, then the report row by row.
    await uploadSheet(page, {
      name: "青山茶业-第一批.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await filledSheet(),
    });
    const batchId = page.url().split("/").at(-1) ?? "";
    await main.getByRole("heading", { level: 2, name: "检查结果" }).waitFor();
    await main.getByText("共 4 行：3 行符合要求，1 行不符合要求。").waitFor();
    const invalidRow = main.getByRole("row", { name: /^第 5 行 =SUM\(1,2\)/ });
    await invalidRow.getByText(/^身份证号码：号码的最后一位与前 17 位对不上/).waitFor();
    await invalidRow.getByText("手机号码：应为 11 位手机号码").waitFor();
    await main.getByText(/^第 4 行 · 服务点：/).waitFor({ state: "detached" });

    // The error file: every invalid row with its reasons, and no cell a spreadsheet would run.
    const errorDownload = page.waitForEvent("download");
    await main.getByRole("button", { name: "下载错误清单（.xlsx）" }).click();
    const errorFile = await errorDownload;
    expect(errorFile.suggestedFilename()).toBe("错误清单-青山茶业-第一批.xlsx");
    const errorRows = await readSheet(await errorFile.path());
    expect(errorRows[0]).toEqual(["行号", "姓名", "身份证号码", "手机号码", "服务点", "问题"]);
    expect(errorRows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      [5, "'=SUM(1,2)", "530125198506120039", "1398710"],
    ]);
    for (const row of errorRows) {
      for (const cell of row) expect(String(cell ?? "")).not.toMatch(/^[=+\-@]/);
    }

    // Not without the letter of introduction; with it, only the valid rows, asked twice.
    await main.getByText("请先上传单位介绍信，然后才能提交。").waitFor();
    await main.getByLabel("介绍信文件").setInputFiles({
      name: "介绍信.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
    });
    await main.getByRole("button", { name: "上传介绍信" }).click();
    await main.getByText(/^已上传：介绍信\.pdf/).waitFor();
    await main.getByText(/^还有 1 行不符合要求，不能整批提交/).waitFor();
    expect(await pageProblems(page, "batch report")).toEqual([]);
    await screenshot(page, "employer-batch-report");
    await main.getByRole("button", { name: "只提交符合要求的 3 行" }).click();
    await main.getByText(/^只为符合要求的 3 位职工提交制卡申请/).waitFor();
    // A double click submits once: the key is the batch's, made once.
    await main.getByRole("button", { name: "确定提交" }).dblclick();
    await main.getByRole("heading", { level: 2, name: "已提交" }).waitFor();
    await main.getByText(/已提交，共 3 份制卡申请/).waitFor();
    const report = await apiData<{ status: string; submitted: { applications: number } }>(
      page,
      "employer.batches.get",
      { batchId },
    );
    expect(report).toMatchObject({ status: "SUBMITTED", submitted: { applications: 3 } });
    await screenshot(page, "employer-batch-submitted");
    await main.getByRole("link", { name: "返回批次列表" }).click();
    const listed = main.getByRole("row", { name: /^青山茶业-第一批\.xlsx/ });
    await listed.getByText("已提交").waitFor();
    expect(await listed.getByRole("cell").allTextContents()).toEqual(
      expect.arrayContaining([agent.name, "4", "3", "1"]),
    );
    await screenshot(page, "employer-batches-list");

    // The county centre opens the batch, accepts it, makes the cards and hands them to 杨帆.
    const centre = await suite.open(desktop);
    const staff = centre.page.getByRole("main");
    await logInAsStaff(centre.page, demoAccounts.countyCentreClerk);
    await centre.page.goto(`/staff/employer-batches/${batchId}`);
    await staff.getByRole("button", { name: "受理整批" }).click();
    await staff.getByText(/^已受理：3 笔申请审核通过。/).waitFor();
    await staff.getByRole("button", { name: "全部开始制卡" }).click();
    await staff.getByText(/^3 笔申请已办理/).waitFor();
    await staff.getByRole("button", { name: "全部制卡完成，待单位领取" }).click();
    await staff.getByText(/^3 笔申请已办理/).waitFor();
    await staff.getByRole("link", { name: "打印单位领卡交接单" }).click();
    await staff.getByLabel("领卡的经办人").selectOption({ label: agent.name });
    await staff.getByRole("button", { name: "记录经办人已领卡" }).click();
    await staff.getByText(`已记录：3 张卡由 ${agent.name} 领取。`).waitFor();
    expect(centre.errors).toEqual([]);
    await centre.context.close();

    // 杨帆 hands 刘芳 her card and records it.
    await page.getByRole("navigation").getByRole("link", { name: "待发放的卡" }).click();
    // The list names each employee as a printed list does: 刘*, 530125********0048.
    const card = main.getByRole("row", { name: /^刘\* 530125\*{8}0048 / });
    await card.waitFor();
    expect(await main.getByRole("row").count()).toBe(4);
    expect(await pageProblems(page, "cards")).toEqual([]);
    await screenshot(page, "employer-cards");
    await card.getByRole("button", { name: "已发放" }).click();
    await card.getByText("确认已把 刘* 的医保卡交给本人？").waitFor();
    await card.getByRole("button", { name: "确认已发放" }).click();
    await main.getByText("已登记：刘* 的医保卡已发放给本人。").waitFor();
    await card.waitFor({ state: "detached" });
    expect(await main.getByRole("row").count()).toBe(3);

    // The screens in English too.
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Cards to hand out" }).waitFor();
    await screenshot(page, "employer-cards-en");
    await page.goto(`/employer/batches/${batchId}`);
    await main.getByRole("heading", { level: 2, name: "Check result" }).waitFor();
    await screenshot(page, "employer-batch-submitted-en");
    expect(errors).toEqual([]);
    await context.close();

    // 刘芳 sees her card collected.
    const holder = await suite.open(desktop);
    await logInAsCitizen(holder.page, {
      residentId: employee.residentId,
      password: agent.password,
    });
    await holder.page.goto("/card/progress");
    await holder.page.getByRole("main").getByText("已领取", { exact: true }).first().waitFor();
    expect(holder.errors).toEqual([]);
    await holder.context.close();
  });

  it("refuses a PDF named .xlsx for the whole file, in words, and signs the agent out", async () => {
    const { context, page, errors } = await suite.open(desktop);
    const main = page.getByRole("main");
    await logInAsAgent(page);
    await uploadSheet(page, {
      name: "职工名单.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
    });
    await main.getByRole("heading", { level: 2, name: "这个文件没有通过检查" }).waitFor();
    await main.getByText(/^这个文件不是 \.xlsx 或 \.csv 表格/).waitFor();
    expect(await pageProblems(page, "file refused")).toEqual([]);
    await screenshot(page, "employer-file-refused");
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await main.getByText(/^This file is not an \.xlsx or \.csv spreadsheet/).waitFor();
    await screenshot(page, "employer-file-refused-en");
    await page.getByRole("banner").getByRole("button", { name: "中文" }).click();

    await page.getByRole("banner").getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL("**/employer/login");
    await page.goto("/employer/cards");
    await page.waitForURL("**/employer/login");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks for the agent's credentials in words and names a wrong credit code", async () => {
    const { context, page, errors } = await suite.open(desktop);
    // The portal comes in its own script (the citizen's first-load test looks for this name).
    const portalScripts: Promise<boolean>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      portalScripts.push(response.text().then((body) => body.includes("employer-identity")));
    });
    await page.goto("/employer/login");
    await page.getByRole("heading", { level: 1, name: "用人单位经办人登录" }).waitFor();
    expect((await Promise.all(portalScripts)).filter(Boolean)).toHaveLength(1);
    await page.getByLabel("统一社会信用代码").fill("91530125MA6K8Y2Q3C");
    await page.getByLabel("经办人身份证号码").fill(agent.residentId);
    await page.getByLabel("密码", { exact: true }).fill(agent.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByText(/^代码的最后一位与前 17 位对不上/).waitFor();
    await page
      .getByLabel("统一社会信用代码")
      .fill(demoEmployerAgents.logisticsCompanyAgent.creditCode);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await page.getByText(/^统一社会信用代码、身份证号码或密码不正确/).waitFor();
    expect(await pageProblems(page, "employer login")).toEqual([]);
    await screenshot(page, "employer-login-refused");
    expect(errors).toEqual([]);
    await context.close();
  });
});
