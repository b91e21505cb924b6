import { readFile } from "node:fs/promises";
import { demoAccounts } from "@yibao/db";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop, phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsCitizen, logInAsStaff } from "./support/log-in";
import { screenshot } from "./support/staff-screenshot";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const { activeInsured, auditor } = demoAccounts;
const maskedId = "530125********0027";

describe("the auditor's trail", () => {
  const suite = useBrowserSuite();

  it("finds a person's trail by resident ID, exports it and verifies the chain", async () => {
    // 李秀兰 signs in to the citizen app: the trail gets an entry about her.
    const citizen = await suite.open(phone);
    await logInAsCitizen(citizen.page, activeInsured);
    await citizen.context.close();

    const { context, page, errors } = await suite.open({ ...desktop, acceptDownloads: true });
    const main = page.getByRole("main");
    await logInAsStaff(page, auditor, "/staff/audit");
    await main.getByRole("heading", { level: 1, name: "审计日志" }).waitFor();
    // The auditor's menu holds the trail and, like every staff member's, the calendar, the
    // parameters and the inbox to read: nothing that changes anything.
    const links = page.getByRole("navigation").getByRole("link");
    expect(await links.allTextContents()).toEqual(["审计日志", "工作日历", "业务参数", "消息"]);

    await main.getByLabel("参保人身份证号码").fill(activeInsured.residentId);
    await main.getByLabel("操作").selectOption({ label: "登录" });
    await main.getByRole("button", { name: "查询", exact: true }).click();
    const table = main.getByRole("table", { name: "审计日志记录" });
    const login = table.getByRole("row").filter({ hasText: activeInsured.name });
    await login.first().waitFor();
    expect(await login.first().textContent()).toContain(maskedId);
    expect(await login.first().textContent()).toContain("成功");
    // Every row is about her, and her full number is nowhere: not on screen, not in the address.
    const rows = await table.locator("tbody tr").allTextContents();
    for (const row of rows) expect(row).toContain(maskedId);
    expect(await page.content()).not.toContain(activeInsured.residentId.slice(6, 14));
    expect(page.url()).not.toContain(activeInsured.residentId);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await reflowProblemsAtDoubleTextSize(page)).toEqual([]);
    await screenshot(page, "staff-audit");

    const downloading = page.waitForEvent("download");
    await main.getByRole("button", { name: "导出为 CSV 文件" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(activeInsured.name);
    expect(csv).toContain(maskedId);
    expect(csv).not.toContain(activeInsured.residentId);
    await main.getByRole("status").getByText(download.suggestedFilename()).waitFor();

    await main.getByRole("button", { name: "核验日志链" }).click();
    await main.getByText(/日志链完整：已核验 \d+ 条记录/).waitFor();
    await screenshot(page, "staff-audit-verified");

    // The search and the export are themselves on the trail.
    await main.getByRole("button", { name: "清除条件" }).click();
    await main.getByLabel("经办人用户名").fill(auditor.username);
    await main.getByRole("button", { name: "查询", exact: true }).click();
    await table.getByRole("row").filter({ hasText: "导出审计日志" }).first().waitFor();

    // In English, the actions and roles are words too.
    await page.getByRole("banner").getByRole("button", { name: "English" }).click();
    await main.getByRole("heading", { level: 1, name: "Audit trail" }).waitFor();
    const entries = main.getByRole("table", { name: "Audit trail entries" });
    await entries
      .getByRole("row")
      .filter({ hasText: "Exported the audit trail" })
      .first()
      .waitFor();
    expect(await entries.textContent()).toContain("Security auditor");
    await screenshot(page, "staff-audit-en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps other roles out of the trail", async () => {
    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, demoAccounts.countyCentreClerk);
    expect(await page.getByRole("navigation").getByRole("link").allTextContents()).not.toContain(
      "审计日志",
    );
    await page.goto("/staff/audit");
    await page.waitForURL((url) => url.pathname === "/staff/applications");
    expect(errors).toEqual([]);
    await context.close();
  });
});
