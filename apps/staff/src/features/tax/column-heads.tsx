/** A column's heading; a numeric one is aligned to the right, as its cells are. */
export type TaxColumn = string | { label: string; numeric: true };

/** A table's header row: one heading a column, in order. */
export function ColumnHeads({ columns }: { columns: readonly TaxColumn[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.label} scope="col" className="numeric-column">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
