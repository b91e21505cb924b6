import type { Page } from "playwright-core";
import { seriousAccessibilityViolations } from "./axe";
import { reflowProblemsAtDoubleTextSize } from "./text-size";

/**
 * What axe (WCAG 2.1 AA, serious and critical) and the 200 % text check find on the page as it is
 * now, each prefixed with `name`; empty when the page passes both.
 */
export async function pageProblems(page: Page, name: string): Promise<string[]> {
  const problems = [
    ...(await seriousAccessibilityViolations(page)),
    ...(await reflowProblemsAtDoubleTextSize(page)).map((problem) => `at 200 % text: ${problem}`),
  ];
  return problems.map((problem) => `${name}: ${problem}`);
}
