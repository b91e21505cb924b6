import path from "node:path";
import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsCitizen } from "./support/log-in";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const holder = demoAccounts.activeInsured; // 李秀兰: an active card
const demoPhoto = path.resolve(__dirname, "..", "packages", "db", "src", "seed", "demo-photo.jpg");
const screens = process.env.CARD_SCREENSHOTS_DIR;

async function apiResult<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

async function problemsOn(page: Page): Promise<string[]> {
  return [
    ...(await seriousAccessibilityViolations(page)),
    ...(await reflowProblemsAtDoubleTextSize(page)).map((problem) => `at 200 % text: ${problem}`),
  ];
}

async function shoot(page: Page, name: string) {
  if (screens) await page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true });
}

interface Overview {
  card: { maskedNumber: string; status: string } | null;
  applications: { reference: string; status: string; kind: string; replacementReason: string }[];
}

describe("a lost card", () => {
  const suite = useBrowserSuite();

  it("is reported lost at once, after a confirmation, and replaced: the old card is cancelled on applying", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, holder);
    const main = page.getByRole("main");

    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: /^办事/ })
      .click();
    await main.getByRole("link", { name: "挂失" }).click();
    await main.getByRole("heading", { level: 1, name: "挂失医保卡" }).waitFor();
    const before = await apiResult<Overview>(page, "citizen.card.overview");
    expect(before.card?.status).toBe("ACTIVE");
    await main.getByText(before.card?.maskedNumber ?? "").waitFor();
    expect(await problemsOn(page)).toEqual([]);

    // The first press asks; cancelling changes nothing and gives the focus back.
    await main.getByRole("button", { name: "挂失这张卡" }).click();
    const question = main.getByText("确定挂失吗？挂失立即生效，这张卡马上不能使用。");
    await question.waitFor();
    expect(await question.evaluate((element) => element === document.activeElement)).toBe(true);
    await shoot(page, "citizen-card-report-lost");
    await main.getByRole("button", { name: "取消" }).click();
    expect((await apiResult<Overview>(page, "citizen.card.overview")).card?.status).toBe("ACTIVE");
    await main.getByRole("button", { name: "挂失这张卡" }).click();
    await main.getByRole("button", { name: "确定挂失" }).click();

    await main.getByRole("heading", { level: 1, name: "办理进度" }).waitFor();
    await main.getByText(/医保卡已挂失，即时生效/).waitFor();
    await main.getByText("已挂失", { exact: true }).waitFor();
    expect((await apiResult<Overview>(page, "citizen.card.overview")).card?.status).toBe(
      "REPORTED_LOST",
    );
    expect(await problemsOn(page)).toEqual([]);

    // Then the replacement, for loss: the old card goes at once, as the form says.
    await main.getByRole("link", { name: "补换医保卡" }).click();
    await main.getByRole("heading", { level: 1, name: "补换医保卡" }).waitFor();
    const lost = main.getByRole("radio", { name: /卡丢失/ });
    await main.getByText("提交后旧卡立即注销，不能再用。").waitFor();
    await main
      .getByText(/领取新卡时旧卡才注销/)
      .first()
      .waitFor();
    expect(await problemsOn(page)).toEqual([]);
    await lost.check();
    await main.getByRole("radio", { name: /城关街道医保服务点/ }).check();
    await page.getByLabel("证件照片").setInputFiles(demoPhoto);
    await main.getByRole("img", { name: "您选择的证件照片" }).waitFor();
    await page.getByLabel("手机号码").fill("13987654321");
    await shoot(page, "citizen-card-replace");
    await main.getByRole("button", { name: "提交补换卡申请" }).click();

    await main.getByRole("heading", { level: 1, name: "办理进度" }).waitFor();
    await main.getByText(/补换卡申请已提交，已受理/).waitFor();
    const after = await apiResult<Overview>(page, "citizen.card.overview");
    const replacement = after.applications[0];
    expect(replacement).toMatchObject({
      kind: "REPLACEMENT",
      replacementReason: "LOST",
      status: "SUBMITTED",
    });
    // Cancelled at once: no longer the person's card in use.
    expect(after.card?.status ?? "CANCELLED").toBe("CANCELLED");
    const cardSection = page.getByRole("region", { name: "我的医保卡" });
    await cardSection.getByText("已注销", { exact: true }).waitFor();
    await main
      .getByRole("article")
      .getByRole("heading", { name: "补换卡（卡丢失） 已受理" })
      .waitFor();
    expect(await problemsOn(page)).toEqual([]);
    await shoot(page, "citizen-card-progress-replacement");
    expect(errors).toEqual([]);
    await context.close();
  });
});
