import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";

const outputDir = path.resolve(import.meta.dirname, "..", "..", "test-results", "screenshots");

/**
 * A screenshot of the page as it is now, in test-results/screenshots/ (not committed), for a
 * person to look at: a page that works but looks broken is not done.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(outputDir, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(outputDir, `${name}.png`), fullPage: true });
}
