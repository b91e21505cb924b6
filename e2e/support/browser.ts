import { existsSync } from "node:fs";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with nothing that reaches out to the network. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

export const desktop: BrowserContextOptions = {
  viewport: { width: 1366, height: 900 },
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

/** Fails the test on any error the page throws or logs. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A refused login answers 401/429: the browser logs the failed request, the app handles it.
    if (message.type() === "error" && !/status of 40[13]|status of 429/.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}
