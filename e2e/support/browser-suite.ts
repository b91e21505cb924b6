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

// One browser for every file of the run (the files share one worker: e2e/vitest.config.mts);
// it ends with the process.
let sharedBrowser: Promise<Browser> | undefined;

function browserOfTheRun(): Promise<Browser> {
  sharedBrowser ??= launchBrowser().then((browser) => {
    browser.on("disconnected", () => {
      sharedBrowser = undefined;
    });
    return browser;
  });
  return sharedBrowser;
}

/**
 * One running Yibao for the tests of a file (started before them on its own copy of the seeded
 * demo county, stopped after) and the run's browser; `open` gives each test a fresh browser
 * context, as a new visitor with no cookies. `jobs`: the server works background jobs too.
 */
export function useBrowserSuite(options: { jobs?: boolean } = {}) {
  let yibao: RunningYibao | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [yibao, browser] = await Promise.all([startYibao(options), browserOfTheRun()]);
  });

  afterAll(async () => {
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
