import type { ReactNode } from "react";
import { Link } from "react-router";

/** Back to the page one level up, at the end of a page. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link to={to} className="button back-home">
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
