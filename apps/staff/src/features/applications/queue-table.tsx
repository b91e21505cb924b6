import { useTable } from "@tanstack/react-table";
import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DataTableRegion } from "../tables/data-table-region";
import { type QueueRow, queueColumns, queueFeatures } from "./queue-columns";
import type { QueueColumnId } from "./queue-config";

interface QueueTableProps {
  label: string;
  rows: QueueRow[];
  columns: readonly QueueColumnId[];
  openId: string | null;
  onOpen: (id: string) => void;
  /** Registers each row's open button, so that closing the pane can give the focus back. */
  rowButtons: Map<string, HTMLButtonElement>;
}

const nextKeys = new Set(["j", "J", "ArrowDown"]);
const previousKeys = new Set(["k", "K", "ArrowUp"]);

/**
 * The queue as a dense table. One row button is in the tab order at a time (a roving tab stop):
 * J / ↓ and K / ↑ move between rows, Home / End to the first and last, Enter opens.
 */
export function QueueTable({ label, rows, columns, openId, onOpen, rowButtons }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const columnDefs = useMemo(() => queueColumns(t, columns), [t, columns, i18n.language]);
  const table = useTable({
    features: queueFeatures,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => row.id,
  });
  const [activeId, setActiveId] = useState<string | null>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);
  const current = rows.some((row) => row.id === activeId) ? activeId : (openId ?? rows[0]?.id);

  function move(event: KeyboardEvent<HTMLTableSectionElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = rows.findIndex((row) => row.id === current);
    let next = index;
    if (nextKeys.has(event.key)) next = Math.min(rows.length - 1, index + 1);
    else if (previousKeys.has(event.key)) next = Math.max(0, index - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = rows.length - 1;
    else return;
    event.preventDefault();
    const row = rows[next];
    if (!row) return;
    setActiveId(row.id);
    rowButtons.get(row.id)?.focus();
  }

  return (
    <DataTableRegion label={label}>
      <table className="data-table queue-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col">
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={tbody} onKeyDown={move}>
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-open={row.id === openId ? "true" : undefined}
              data-tone={
                row.original.overdue ? "overdue" : row.original.dueToday ? "today" : undefined
              }
            >
              {row.getAllCells().map((cell) =>
                cell.column.id === "reference" ? (
                  <th key={cell.id} scope="row">
                    <button
                      type="button"
                      className="row-open"
                      tabIndex={row.id === current ? 0 : -1}
                      aria-expanded={row.id === openId}
                      aria-keyshortcuts="Enter"
                      ref={(element) => {
                        if (element) rowButtons.set(row.id, element);
                        else rowButtons.delete(row.id);
                      }}
                      onFocus={() => setActiveId(row.id)}
                      onClick={() => onOpen(row.id)}
                    >
                      <span className="visually-hidden">{t("applications.open")} </span>
                      {row.original.reference}
                    </button>
                  </th>
                ) : (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </DataTableRegion>
  );
}
