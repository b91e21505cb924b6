import type { Page } from "playwright-core";

/**
 * Sets the root font size to 200 % (WCAG 1.4.4 Resize Text; the apps size everything in rem, as
 * a browser's text-size setting does) and returns what then goes wrong (WCAG 1.4.10 Reflow):
 * anything sticking out past the viewport's width, so that the page scrolls sideways, and text
 * squeezed into a column less than two characters wide. Empty when the page reflows well. The
 * root font size is put back afterwards.
 */
export async function reflowProblemsAtDoubleTextSize(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = "200%";
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ")[0]}` : ""}>`;
    // The layout viewport: a phone may zoom out to show overflowing content, widening innerWidth.
    const width = Math.min(window.innerWidth, root.clientWidth);
    const problems: string[] = [];
    if (root.scrollWidth > width + 1) {
      problems.push(`the page is ${root.scrollWidth}px wide in a ${width}px viewport`);
      for (const element of Array.from(document.body.querySelectorAll("*"))) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 1) {
          problems.push(`${describe(element)} reaches ${Math.round(box.right)}px`);
        }
      }
    }

    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      // Visually hidden text (for screen readers) sits in a 1px box on purpose.
      if (!parent || text.length < 4 || parent.getBoundingClientRect().width <= 1) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize);
      if (box.height > 0 && box.width < 2 * fontSize) {
        problems.push(
          `"${text.slice(0, 20)}" in ${describe(parent)} is squeezed ${Math.round(box.width)}px wide`,
        );
      }
    }

    root.style.fontSize = before;
    return problems.slice(0, 12);
  });
}
