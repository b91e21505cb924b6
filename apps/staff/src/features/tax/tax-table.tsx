import type { ReactNode } from "react";
import { DataTableRegion } from "../tables/data-table-region";
import { ColumnHeads, type TaxColumn } from "./column-heads";

interface TaxTableProps {
  /** The table's name: its scrolling region's and its caption's (read out, not shown). */
  label: string;
  columns: readonly TaxColumn[];
  /** A class beside `data-table`, for a table laid out its own way. */
  className?: string;
  /** The body's rows. */
  children: ReactNode;
  /** Rows of totals after the body, if any. */
  footer?: ReactNode;
}

/** A data table of the tax pages: named, scrolling in its own region, one header row of columns. */
export function TaxTable({ label, columns, className, children, footer }: TaxTableProps) {
  return (
    <DataTableRegion label={label}>
      <table className={className ? `data-table ${className}` : "data-table"}>
        <caption className="visually-hidden">{label}</caption>
        <ColumnHeads columns={columns} />
        <tbody>{children}</tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </DataTableRegion>
  );
}
