import { demoAccounts } from "@yibao/db";
import { describe, expect, it } from "vitest";
import { desktop } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { citizenApi } from "./support/citizen-api";
import { chineseMonth, yuan } from "./support/expected-words";
import { logInAsStaff } from "./support/log-in";
import { pageProblems } from "./support/page-problems";
import { screenshot } from "./support/staff-screenshot";

const { activeInsured, sealedInsured, bureauClerk } = demoAccounts;

interface AccountSummary {
  maskedResidentId: string;
  balanceFen: number;
  sealedSince: string | null;
}

interface AccessLog {
  items: { at: string; by: string; role: string; reason: string | null; method: string | null }[];
}

describe("the bureau's balance inquiry", () => {
  const suite = useBrowserSuite();

  it("looks 李秀兰 up by her ID number for a recorded reason, and she sees the look-up", async () => {
    const { page: phone } = await suite.open(desktop);
    const liXiulan = await citizenApi(phone, activeInsured);
    const summary = await liXiulan.ask<AccountSummary>("citizen.accountSummary");
    const before = await liXiulan.ask<AccessLog>("citizen.account.accessLog", {});

    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, bureauClerk, "/staff/balance-inquiry");
    const main = page.getByRole("main");
    await main.getByRole("heading", { level: 1, name: "余额查询" }).waitFor();
    await main.getByText("参保人在网上“查询记录”中可以看到").waitFor();

    // No reason, no look-up: the form says so and asks nothing of the server.
    let lookUps = 0;
    page.on("request", (request) => {
      if (request.url().endsWith("/trpc/staff.bureau.lookUp")) lookUps += 1;
    });
    await main.getByLabel("居民身份证号码").fill(activeInsured.residentId);
    await main.getByRole("button", { name: "查询", exact: true }).click();
    await main.getByText("请选择查询原因。").waitFor();
    expect(lookUps).toBe(0);
    expect(await pageProblems(page, "bureau form")).toEqual([]);
    await screenshot(page, "staff-bureau-form");

    await main.getByRole("radio", { name: "本人到柜台查询" }).check();
    await main.getByRole("button", { name: "查询", exact: true }).click();
    const result = main.getByRole("region", { name: "查询结果" });
    await result.waitFor();
    await result.getByText(activeInsured.name, { exact: true }).waitFor();
    await result.getByText(summary.maskedResidentId, { exact: true }).waitFor();
    await result
      .getByRole("region", { name: "个人账户余额" })
      .getByText(yuan(summary.balanceFen), { exact: true })
      .waitFor();
    await result.getByText("本次查询已记录，原因：本人到柜台查询。").waitFor();
    // Her transactions in the same words as in her own app.
    const transactions = result.getByRole("region", { name: "最近交易" });
    await transactions
      .getByText(/个人账户划入$/)
      .first()
      .waitFor();
    // The full ID number typed is off the screen while the result is on it.
    expect(await main.textContent()).not.toContain(activeInsured.residentId);
    expect(await pageProblems(page, "bureau result")).toEqual([]);
    await screenshot(page, "staff-bureau");
    await page.getByRole("button", { name: "English" }).click();
    const resultEn = main.getByRole("region", { name: "Result" });
    await resultEn
      .getByText("This look-up is recorded, reason: The person asks at the counter.")
      .waitFor();
    await resultEn
      .getByRole("region", { name: "Recent transactions" })
      .getByText(/^Contribution credited for /)
      .first()
      .waitFor();
    await screenshot(page, "staff-bureau-en");
    await page.getByRole("button", { name: "中文" }).click();

    await result.getByRole("button", { name: "新的查询" }).click();
    await result.waitFor({ state: "detached" });
    expect(await main.textContent()).not.toContain(activeInsured.name);
    await expect
      .poll(() =>
        main
          .getByRole("radio", { name: "本人到柜台查询" })
          .evaluate((radio) => radio === document.activeElement),
      )
      .toBe(true);
    expect(await main.getByRole("radio", { name: "本人到柜台查询" }).isChecked()).toBe(false);
    expect(await main.getByLabel("居民身份证号码").inputValue()).toBe("");

    const after = await liXiulan.ask<AccessLog>("citizen.account.accessLog", {});
    expect(after.items.length).toBe(before.items.length + 1);
    expect(after.items[0]).toMatchObject({
      by: "云溪县医保中心",
      role: "BUREAU_CLERK",
      reason: "IN_PERSON_INQUIRY",
      method: "RESIDENT_ID",
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("finds 王建国 by his e-card and shows his account sealed since the month it was", async () => {
    const { page: phone } = await suite.open(desktop);
    const wangJianguo = await citizenApi(phone, sealedInsured);
    const { sealedSince } = await wangJianguo.ask<AccountSummary>("citizen.accountSummary");

    const { context, page, errors } = await suite.open(desktop);
    await logInAsStaff(page, bureauClerk, "/staff/balance-inquiry");
    const main = page.getByRole("main");
    await main.getByRole("radio", { name: "核对交易或缴费" }).check();
    await main.getByRole("radio", { name: "扫描医保电子凭证" }).check();
    await main.getByLabel("医保电子凭证", { exact: true }).fill(await wangJianguo.ecardToken());
    await main.getByRole("button", { name: "查询", exact: true }).click();
    const result = main.getByRole("region", { name: "查询结果" });
    await result.getByText(sealedInsured.name, { exact: true }).waitFor();
    await result.getByText("封存", { exact: true }).waitFor();
    await result.getByText(`自${chineseMonth(sealedSince ?? "")}起封存`).waitFor();
    await result.getByText(/封存期间个人账户不能支付/).waitFor();
    await screenshot(page, "staff-bureau-sealed");

    const log = await wangJianguo.ask<AccessLog>("citizen.account.accessLog", {});
    expect(log.items[0]).toMatchObject({ reason: "DISPUTE_CHECK", method: "ECARD" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
