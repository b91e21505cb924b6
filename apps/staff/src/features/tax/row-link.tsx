import type { ReactNode } from "react";
import { Link } from "react-router";

interface RowLinkProps {
  to: string;
  /** The link's name, which says whose row it opens (the visible word is the same on every row). */
  label: string;
  children: ReactNode;
}

/** A table row's small button-like link to what the row is about. */
export function RowLink({ to, label, children }: RowLinkProps) {
  return (
    <Link className="button button-small" to={to} aria-label={label}>
      {children}
    </Link>
  );
}
