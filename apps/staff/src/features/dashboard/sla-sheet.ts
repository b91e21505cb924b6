import { type SlaRow, slaFigureNames } from "@yibao/domain";
import { dashboardZhCN } from "./dashboard-texts";

/** A cell of the export: text, a whole number, or empty (a median with nothing ready). */
export type SlaSheetCell = { value: string; fontWeight?: "bold" } | { value: number } | null;

/**
 * The dashboard's table as a sheet: the same columns in the same order, the header row in
 * Chinese whatever the interface language (the county's files are read and filed in zh-CN).
 */
export function slaSheet(rows: readonly SlaRow[]): SlaSheetCell[][] {
  const { figures } = dashboardZhCN;
  const header: SlaSheetCell[] = [
    { value: figures.servicePoint, fontWeight: "bold" },
    ...slaFigureNames.map((name) => ({ value: figures[name], fontWeight: "bold" as const })),
  ];
  return [
    header,
    ...rows.map((row) => [
      { value: row.name },
      ...slaFigureNames.map((name) => {
        const value = row[name];
        return value === null ? null : { value };
      }),
    ]),
  ];
}

/** 办理时效-2026-11-01至2026-11-30.xlsx */
export function slaFileName(range: { from: string; to: string }): string {
  return `${dashboardZhCN.heading}-${range.from}至${range.to}.xlsx`;
}
