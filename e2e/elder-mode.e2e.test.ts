import { demoAccounts } from "@yibao/db";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { logInAsCitizen, submitCitizenLogin } from "./support/log-in";

// Elder mode (长辈模式, MIIT 2021 ageing-friendly rules): text of at least 22px, tap targets of
// at least 60px.
const elderTextPx = 22;
const elderTapTargetPx = 60;

async function bodyFontSizePx(page: Page): Promise<number> {
  return page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
}

async function heightsPx(targets: Locator): Promise<number[]> {
  return targets.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().height)),
  );
}

/** Names the tiles, buttons and links on screen lower than the elder-mode minimum. */
async function tapTargetsTooLow(page: Page): Promise<string[]> {
  const targets = page
    .getByRole("banner")
    .or(page.getByRole("main"))
    .or(page.getByRole("navigation", { name: "主导航" }))
    .locator("a, button")
    .filter({ visible: true });
  // Not passing for want of anything to measure: the tab bar's links and the page's own.
  expect(await targets.count()).toBeGreaterThanOrEqual(3);
  return targets.evaluateAll(
    (elements, minimum) =>
      elements
        .map((element) => ({
          name: element.textContent?.trim() ?? "",
          height: Math.round(element.getBoundingClientRect().height),
        }))
        .filter(({ height }) => height < minimum)
        .map(({ name, height }) => `${name}: ${height}px`),
    elderTapTargetPx,
  );
}

const elderSwitch = (page: Page) => page.getByRole("switch", { name: "长辈模式" });

describe("elder mode (长辈模式)", () => {
  const suite = useBrowserSuite();

  const openPhone = () => suite.open(phone);

  it("is switched on from the first screen and makes text and tap targets larger for the main tasks", async () => {
    const { context, page, errors } = await openPhone();
    await page.goto("/login");
    expect(await elderSwitch(page).getAttribute("aria-checked")).toBe("false");
    expect(await bodyFontSizePx(page)).toBeLessThan(elderTextPx);

    await elderSwitch(page).click();
    expect(await elderSwitch(page).getAttribute("aria-checked")).toBe("true");
    expect(await bodyFontSizePx(page)).toBeGreaterThanOrEqual(elderTextPx);

    await submitCitizenLogin(page, demoAccounts.activeInsured);
    const main = page.getByRole("main");
    await main
      .getByRole("heading", { level: 1, name: `${demoAccounts.activeInsured.name}，您好` })
      .waitFor();
    const tasks = page.getByRole("region", { name: "您要办什么事？" }).getByRole("link");
    expect(await tasks.allTextContents()).toEqual([
      expect.stringMatching(/^医保码\s*看病买药时给收款员扫$/),
      expect.stringMatching(/^查余额\s*看看医保账户里还有多少钱$/),
      expect.stringMatching(/^办卡进度/),
      expect.stringMatching(/^交易记录\s*看看钱是什么时候存进来、花出去的$/),
    ]);
    for (const height of await heightsPx(tasks)) {
      expect(height).toBeGreaterThanOrEqual(elderTapTargetPx);
    }
    expect(await bodyFontSizePx(page)).toBeGreaterThanOrEqual(elderTextPx);
    expect(await tapTargetsTooLow(page)).toEqual([]);

    await tasks.filter({ hasText: "查余额" }).click();
    await main.getByRole("heading", { level: 1, name: "查余额" }).waitFor();
    await main.getByText("账户里的钱", { exact: true }).waitFor();
    await main.getByText(/^¥[\d,]+\.\d\d$/).waitFor();
    const fontSize = await main
      .getByText("账户里的钱", { exact: true })
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(elderTextPx);
    expect(await tapTargetsTooLow(page)).toEqual([]);
    await main.getByRole("link", { name: "返回首页" }).click();

    await tasks.filter({ hasText: "交易记录" }).click();
    await main.getByRole("heading", { level: 1, name: "最近的进出账" }).waitFor();
    await main.getByRole("listitem").first().waitFor();
    expect(await main.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await tapTargetsTooLow(page)).toEqual([]);
    await main.getByRole("link", { name: "返回首页" }).click();
    await tasks.first().waitFor();

    // 我的 holds the settings and sign-out that the header no longer has.
    await page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await main.getByRole("heading", { level: 1, name: "个人中心" }).waitFor();
    await main.getByRole("button", { name: "退出登录" }).waitFor();
    expect(await tapTargetsTooLow(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });

  it("is remembered on the device and, once logged in, for the person on any device", async () => {
    const first = await openPhone();
    await first.page.goto("/login");
    await elderSwitch(first.page).click();
    await submitCitizenLogin(first.page, demoAccounts.sealedInsured);
    await first.page.getByRole("heading", { level: 1, name: /您好$/ }).waitFor();
    await first.page.getByRole("navigation").getByRole("link", { name: "我的" }).click();
    await first.page.getByRole("main").getByRole("button", { name: "退出登录" }).click();
    await first.page.getByRole("heading", { level: 1, name: "登录医保服务" }).waitFor();

    // The same phone, later: still on before anyone logs in.
    const later = await first.context.newPage();
    await later.goto("/login");
    expect(await elderSwitch(later).getAttribute("aria-checked")).toBe("true");
    expect(await later.evaluate(() => localStorage.getItem("yibao.elderMode"))).toBe("1");
    await first.context.close();

    // Another phone knows nothing of it until the person logs in.
    const other = await openPhone();
    await other.page.goto("/login");
    expect(await other.page.evaluate(() => localStorage.length)).toBe(0);
    expect(await elderSwitch(other.page).getAttribute("aria-checked")).toBe("false");
    await submitCitizenLogin(other.page, demoAccounts.sealedInsured);
    await other.page.getByRole("region", { name: "您要办什么事？" }).waitFor();
    expect(await bodyFontSizePx(other.page)).toBeGreaterThanOrEqual(elderTextPx);
    expect(await other.page.evaluate(() => localStorage.getItem("yibao.elderMode"))).toBe("1");
    expect([...first.errors, ...other.errors]).toEqual([]);
    await other.context.close();
  });

  it("hides the read-aloud button where the browser has no Chinese voice", async () => {
    const { context, page, errors } = await openPhone();
    await logInAsCitizen(page, demoAccounts.activeInsured);
    await page.goto("/balance");
    await page
      .getByRole("main")
      .getByText(/^¥[\d,]+\.\d\d$/)
      .waitFor();
    const voices = await page.evaluate(() =>
      speechSynthesis.getVoices().map((voice) => voice.lang),
    );
    expect(voices.filter((lang) => lang.startsWith("zh"))).toEqual([]);
    expect(await page.getByRole("button", { name: /朗读/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reads the balance aloud in Chinese with a Chinese voice, also from the English interface", async () => {
    const { context, page, errors } = await openPhone();
    // A browser with one Mandarin voice; what would be spoken is kept instead.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      const voice = { name: "Tingting", lang: "zh-CN", localService: true, default: true };
      Object.assign(window, { spoken });
      window.SpeechSynthesisUtterance = class {
        text: string;
        lang = "";
        voice: unknown = null;
        rate = 1;
        onend = null;
        onerror = null;
        constructor(text = "") {
          this.text = text;
        }
      } as unknown as typeof SpeechSynthesisUtterance;
      speechSynthesis.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
      speechSynthesis.cancel = () => undefined;
      speechSynthesis.speak = (utterance) =>
        void spoken.push({ text: utterance.text, lang: utterance.lang });
    });
    const spoken = () =>
      page.evaluate(
        () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
      );

    await page.goto("/login");
    await elderSwitch(page).click();
    await submitCitizenLogin(page, demoAccounts.activeInsured);
    await page.getByRole("link", { name: /^查余额/ }).click();
    const balance = page.getByRole("main").getByText(/^¥[\d,]+\.\d\d$/);
    const amount = (await balance.textContent())?.replace("¥", "");
    expect(amount).toMatch(/^\d{1,3}(,\d{3})*\.\d\d$/);

    await page.getByRole("button", { name: "朗读余额" }).click();
    await page.getByRole("button", { name: "停止朗读" }).click();
    expect(await spoken()).toEqual([
      { lang: expect.stringMatching(/^zh/), text: expect.any(String) },
    ]);
    expect((await spoken())[0]?.text).toContain(`${amount} 元`);

    // Switched on 我的, then back to the balance without reloading (which would forget `spoken`).
    const nav = page.getByRole("navigation");
    await nav.getByRole("link", { name: "我的" }).click();
    await page.getByRole("main").getByRole("button", { name: "English" }).click();
    await nav.getByRole("link", { name: "Home" }).click();
    await page.getByRole("link", { name: /^Check balance/ }).click();
    await page.getByRole("button", { name: "Read balance aloud" }).click();
    const [, inEnglish] = await spoken();
    expect(inEnglish?.lang).toMatch(/^zh/);
    expect(inEnglish?.text).toMatch(/^您的医保个人账户余额是/);
    expect(inEnglish?.text).toContain(amount);
    expect(errors).toEqual([]);
    await context.close();
  });
});
