import type { ReactNode } from "react";

/** The page's one <h1>; focusable by script so that moving to a new page announces it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
