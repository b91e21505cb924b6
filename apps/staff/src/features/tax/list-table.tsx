import type { ReactNode } from "react";
import type { TaxColumn } from "./column-heads";
import { QueryStatus } from "./query-status";
import { TaxTable } from "./tax-table";

interface ListTableProps<Row> {
  /** The read of a list (`{ items }`), kept on screen while the next filter's answer comes. */
  list: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: { items: readonly Row[] } | undefined;
    refetch: () => unknown;
  };
  /** What to say when the list holds nothing. */
  empty: string;
  label: string;
  columns: readonly TaxColumn[];
  /** One row of the table (with its key). */
  children: (row: Row) => ReactNode;
}

/** A list read from the server, as a table: loading, failed, empty, or its rows. */
export function ListTable<Row>({ list, empty, label, columns, children }: ListTableProps<Row>) {
  const rows = list.data?.items ?? [];
  return (
    <>
      <QueryStatus query={list} empty={rows.length === 0 ? empty : null} />
      {rows.length > 0 ? (
        <TaxTable label={label} columns={columns}>
          {rows.map(children)}
        </TaxTable>
      ) : null}
    </>
  );
}
