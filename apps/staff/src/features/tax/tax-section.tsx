import type { ReactNode } from "react";

interface TaxSectionProps {
  /** Names the heading `${id}-heading`, which names the section. */
  id: string;
  heading: ReactNode;
  /** A class beside `section`. */
  className?: string;
  children: ReactNode;
}

/** A part of a page under its own second-level heading, a region named by that heading. */
export function TaxSection({ id, heading, className, children }: TaxSectionProps) {
  return (
    <section
      className={className ? `section ${className}` : "section"}
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
