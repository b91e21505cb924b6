import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { collectPageErrors, launchBrowser } from "./browser";
import { type RunningYibao, startYibao } from "./start-yibao";

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Errors the page threw or logged; a test expects none. */
  errors: string[];
}

/**
 * One running Yibao and one browser for the tests of a file (started before them, stopped
 * after); `open` gives each test a fresh browser context, as a new visitor with no cookies.
 */
export function useBrowserSuite() {
  let yibao: RunningYibao | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [yibao, browser] = await Promise.all([startYibao(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await yibao?.stop();
  });

  return {
    async open(options: BrowserContextOptions): Promise<OpenedPage> {
      if (!browser || !yibao) throw new Error("the browser suite has not started");
      const context = await browser.newContext({ ...options, baseURL: yibao.baseUrl });
      const page = await context.newPage();
      return { context, page, errors: collectPageErrors(page) };
    },
  };
}
