import path from "node:path";
import { demoAccounts } from "@yibao/db";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityViolations } from "./support/axe";
import { desktop, phone } from "./support/browser";
import { useBrowserSuite } from "./support/browser-suite";
import { askApi, logInAsCitizen, logInAsStaff, submitCitizenLogin } from "./support/log-in";
import { reflowProblemsAtDoubleTextSize } from "./support/text-size";

const applicant = demoAccounts.sealedInsured; // 王建国: no card, no application: free to apply
const clerk = demoAccounts.servicePointClerk; // 城关街道医保服务点
const demoPhoto = path.resolve(__dirname, "..", "packages", "db", "src", "seed", "demo-photo.jpg");
const screens = process.env.CARD_SCREENSHOTS_DIR;

async function apiResult<T>(page: Page, procedure: string, input?: unknown): Promise<T> {
  const response = await askApi(page, procedure, input);
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}

/** A JPEG's first bytes with a frame header of `width` × `height` and nothing else: a tiny file. */
function jpegHeader(width: number, height: number): Buffer {
  return Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

const pngBytes = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function problemsOn(page: Page): Promise<string[]> {
  return [
    ...(await seriousAccessibilityViolations(page)),
    ...(await reflowProblemsAtDoubleTextSize(page)).map((problem) => `at 200 % text: ${problem}`),
  ];
}

async function shoot(page: Page, name: string) {
  if (screens) await page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true });
}

/** Errors the page logged, less the refusals this test asks for (the app shows them in words). */
const unexpected = (errors: string[]) =>
  errors.filter((error) => !/status of (400|409|422)/.test(error));

interface Application {
  id: string;
  reference: string;
  status: string;
  dueDate: string;
  pickupBy: string | null;
  version: number;
}

describe("applying for a card online", () => {
  const suite = useBrowserSuite();

  it("checks the photo in words, accepts a good one, and says 已受理 with the receipt number and due date; never two", async () => {
    const { context, page, errors } = await suite.open(phone);
    await logInAsCitizen(page, applicant);
    const main = page.getByRole("main");
    const nav = page.getByRole("navigation", { name: "主导航" });

    // The shell: the authority in the header, the hotlines and the privacy notice in the footer.
    await page.getByRole("banner").getByText("云溪县医疗保障局").waitFor();
    const footer = page.getByRole("contentinfo");
    await footer.getByRole("link", { name: "12333" }).waitFor();
    await footer.getByRole("link", { name: "0871-67120333" }).waitFor();
    expect(await nav.getByRole("link").allTextContents()).toEqual([
      expect.stringMatching(/^首页/),
      expect.stringMatching(/^办事/),
      expect.stringMatching(/^消息/),
      expect.stringMatching(/^我的/),
    ]);
    await main.getByRole("link", { name: "申领医保卡" }).waitFor();

    await nav.getByRole("link", { name: /^办事/ }).click();
    await main.getByRole("heading", { level: 1, name: "办事" }).waitFor();
    expect(await nav.getByRole("link", { name: /^办事/ }).getAttribute("aria-current")).toBe(
      "page",
    );
    expect(await problemsOn(page)).toEqual([]);
    await shoot(page, "citizen-services");
    await main.getByRole("link", { name: "申领医保卡" }).click();
    await main.getByRole("heading", { level: 1, name: "申领医保卡" }).waitFor();
    await main.getByText("城关街道医保服务点").waitFor();
    expect(await problemsOn(page)).toEqual([]);

    // Nothing chosen: every field says what is missing, and the first takes focus.
    await main.getByRole("button", { name: "提交申请" }).click();
    await main.getByText("请选择领卡地点。").waitFor();
    await main.getByText("请上传证件照片。").waitFor();
    await main.getByText("手机号码应为 1 开头的 11 位数字，请核对。").waitFor();

    const photo = page.getByLabel("证件照片");
    await photo.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: pngBytes });
    await main.getByText(/这不是 JPEG 照片/).waitFor();
    await photo.setInputFiles({
      name: "small.jpg",
      mimeType: "image/jpeg",
      buffer: jpegHeader(358, 441),
    });
    await main.getByText(/照片文件只有 0 KB，太小了，至少要 5 KB/).waitFor();
    await photo.setInputFiles({
      name: "wide.jpg",
      mimeType: "image/jpeg",
      buffer: jpegHeader(600, 800),
    });
    await main.getByText(/照片尺寸是 600 × 800 像素，应为 358 × 441 像素/).waitFor();
    expect(await photo.getAttribute("aria-invalid")).toBe("true");
    await shoot(page, "citizen-card-apply-photo-refused");

    // The server applies the same rule, and says why with the photo's size.
    const refused = await askApi(page, "citizen.card.applyOnline", {
      servicePointCode: clerk.servicePointCode,
      phone: "13812345678",
      photo: jpegHeader(600, 800).toString("base64"),
    });
    const refusal = (await refused.json()) as {
      error: { data: { domainCode: string; issues: { code: string }[]; photo: unknown } };
    };
    expect(refusal.error.data.domainCode).toBe("PHOTO_REJECTED");
    expect(refusal.error.data.issues[0]?.code).toBe("WRONG_DIMENSIONS");
    expect(refusal.error.data.photo).toMatchObject({ width: 600, height: 800 });

    await photo.setInputFiles(demoPhoto);
    await main.getByRole("img", { name: "您选择的证件照片" }).waitFor();
    await main.getByText("照片符合要求，将随申请一起提交。").waitFor();
    await main.getByRole("radio", { name: /城关街道医保服务点/ }).check();
    await page.getByLabel("手机号码").fill("138 1234 5678");
    await shoot(page, "citizen-card-apply");
    // Pressed twice: one application, thanks to the form's idempotency key.
    await main.getByRole("button", { name: "提交申请" }).dblclick();

    await main.getByRole("heading", { level: 1, name: "办理进度" }).waitFor();
    await main.getByText(/申请已提交，已受理/).waitFor();
    const overview = await apiResult<{ applications: Application[] }>(
      page,
      "citizen.card.overview",
    );
    expect(overview.applications).toHaveLength(1);
    const [application] = overview.applications;
    if (!application) throw new Error("no application");
    expect(application.status).toBe("SUBMITTED");
    const card = main.getByRole("article");
    await card.getByRole("heading", { name: "首次申领 已受理" }).waitFor();
    await card.getByText(application.reference, { exact: true }).waitFor();
    await card.getByText(application.dueDate).waitFor();
    await card.getByText("网上申请").waitFor();
    await card.getByRole("button", { name: "撤回申请" }).waitFor();
    expect(await problemsOn(page)).toEqual([]);
    await shoot(page, "citizen-card-progress-submitted");

    // A second application is refused with where the first stands, and a way to it.
    await page.goto("/card/apply");
    await page.getByLabel("证件照片").setInputFiles(demoPhoto);
    await main.getByRole("img", { name: "您选择的证件照片" }).waitFor();
    await main.getByRole("radio", { name: /桃源镇医保服务点/ }).check();
    await page.getByLabel("手机号码").fill("13812345678");
    await main.getByRole("button", { name: "提交申请" }).click();
    const alert = main.getByRole("alert").filter({ hasText: "已有一笔制卡申请" });
    await alert.getByText(`受理编号 ${application.reference}，当前状态：已受理`).waitFor();
    await alert.getByRole("link", { name: "查看办理进度" }).click();
    await main.getByRole("heading", { level: 1, name: "办理进度" }).waitFor();
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it("follows the application through the clerk's steps to 已领取, with a message for each", async () => {
    const citizen = await suite.open(phone);
    await logInAsCitizen(citizen.page, applicant);
    const staff = await suite.open(desktop);
    await logInAsStaff(staff.page, clerk);
    const main = citizen.page.getByRole("main");

    const { applications } = await apiResult<{ applications: Application[] }>(
      citizen.page,
      "citizen.card.overview",
    );
    const applicationId = applications[0]?.id;
    if (!applicationId) throw new Error("the first test's application is missing");
    const inboxBefore = await apiResult<{ items: unknown[] }>(
      citizen.page,
      "citizen.notifications.list",
      {},
    );

    let version = (
      await apiResult<Application>(staff.page, "staff.applications.get", { applicationId })
    ).version;
    const act = async (procedure: string, extra: Record<string, unknown> = {}) => {
      const next = await apiResult<Application>(staff.page, `staff.applications.${procedure}`, {
        applicationId,
        version,
        ...extra,
      });
      version = next.version;
      return next;
    };

    await act("verify", { insured: true });
    const steps: [string, string, Record<string, unknown>?][] = [
      ["approve", "审核通过"],
      ["startProduction", "制卡中"],
      ["markReady", "待领取"],
      ["handOver", "已领取", { collector: { kind: "SELF" } }],
    ];
    let messages = inboxBefore.items.length;
    for (const [procedure, words, extra] of steps) {
      const next = await act(procedure, extra);
      await citizen.page.goto("/card/progress");
      const card = main.getByRole("article");
      await card.getByRole("heading", { name: new RegExp(words) }).waitFor();
      if (procedure === "markReady") {
        // Where and until when: the place's name, address, hours and phone, and the last day.
        expect(next.pickupBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        await card.getByText(next.pickupBy ?? "").waitFor();
        await card.getByText("城关街道医保服务点").waitFor();
        await card.getByText("云溪县城关街道文化路12号便民服务中心").waitFor();
        expect(await card.getByRole("button", { name: "撤回申请" }).count()).toBe(0);
        expect(await seriousAccessibilityViolations(citizen.page)).toEqual([]);
        await shoot(citizen.page, "citizen-card-progress-ready");
      }
      const inbox = await apiResult<{ items: { title: string; read: boolean }[]; unread: number }>(
        citizen.page,
        "citizen.notifications.list",
        {},
      );
      expect(inbox.items.length).toBeGreaterThan(messages);
      messages = inbox.items.length;
    }

    // The timeline lists every step with its time; the card is now the person's active card.
    const timeline = main.getByRole("article").getByRole("listitem");
    expect(await timeline.count()).toBe(6);
    await main.getByText("正常", { exact: true }).waitFor();

    // 消息: the unread count on the tab; opening the newest marks it read.
    const nav = citizen.page.getByRole("navigation", { name: "主导航" });
    await nav.getByRole("link", { name: /^消息/ }).click();
    await main.getByRole("heading", { level: 1, name: "消息" }).waitFor();
    const before = await apiResult<{ items: { id: string; title: string }[]; unread: number }>(
      citizen.page,
      "citizen.notifications.list",
      {},
    );
    expect(before.unread).toBeGreaterThan(0);
    await nav.getByRole("link", { name: new RegExp(`未读消息：${before.unread} 条`) }).waitFor();
    expect(await problemsOn(citizen.page)).toEqual([]);
    await shoot(citizen.page, "citizen-messages");
    const newest = before.items[0];
    if (!newest) throw new Error("no message");
    await Promise.all([
      citizen.page.waitForResponse((response) =>
        response.url().includes("citizen.notifications.markRead"),
      ),
      main.getByRole("button", { name: newest.title }).first().click(),
    ]);
    await nav
      .getByRole("link", { name: new RegExp(`未读消息：${before.unread - 1} 条`) })
      .waitFor();
    expect(unexpected(citizen.errors)).toEqual([]);
    await citizen.context.close();
    await staff.context.close();
  });

  it("passes axe on the new pages in elder mode, with the card-progress tile read aloud", async () => {
    const { context, page, errors } = await suite.open(phone);
    await page.goto("/login");
    await page.getByRole("switch", { name: "长辈模式" }).click();
    await submitCitizenLogin(page, demoAccounts.activeInsured);
    const main = page.getByRole("main");
    await main
      .getByRole("heading", { level: 1, name: `${demoAccounts.activeInsured.name}，您好` })
      .waitFor();
    const tasks = page.getByRole("region", { name: "您要办什么事？" });
    await tasks.getByRole("link", { name: /^办卡进度/ }).waitFor();
    await tasks.getByText(/您的医保卡状态|您的制卡申请/).waitFor();
    expect(await problemsOn(page)).toEqual([]);
    await shoot(page, "citizen-elder-home");
    for (const [url, heading] of [
      ["/services", "办事"],
      ["/card/progress", "办理进度"],
      ["/card/apply", "申领医保卡"],
      ["/card/replace", "补换医保卡"],
      ["/card/report-lost", "挂失医保卡"],
      ["/messages", "消息"],
      ["/privacy", "个人信息保护告知"],
    ] as const) {
      await page.goto(url);
      await main.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForLoadState("networkidle");
      expect({ url, problems: await problemsOn(page) }).toEqual({ url, problems: [] });
      await shoot(page, `citizen-elder-${url.slice(1).replace(/\//g, "-")}`);
    }
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});
