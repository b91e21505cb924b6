import type { ReactNode } from "react";

/**
 * A wide table's own scrolling box: at 200 % text the table scrolls sideways inside it, never the
 * page. A named region that takes focus, so that a keyboard can scroll it (WCAG 2.1.1).
 */
export function DataTableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
    <section className="table-region" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
