import { spreadsheetSafeText } from "@yibao/domain";
import type { RouterOutputs } from "../../api-types";
import { followUpsZhCN } from "./follow-ups-texts";

export type RatingsSummary = RouterOutputs["staff"]["followUps"]["ratings"];

/** A cell of the export: text, a number, or empty. */
export type RatingsSheetCell = { value: string; fontWeight?: "bold" } | { value: number } | null;

/** The figures after the count, the average and the five star counts, in the table's order. */
export const followUpFigureNames = [
  "bad",
  "followUpsOpen",
  "followUpsOverdue",
  "followUpsClosed",
] as const;

// A person's comment is their own text: escaped so that nothing in it becomes a formula.
const text = (value: string | null | undefined): RatingsSheetCell =>
  value ? { value: spreadsheetSafeText(value) } : null;
const number = (value: number | null): RatingsSheetCell => (value === null ? null : { value });
const bold = (value: string): RatingsSheetCell => ({ value, fontWeight: "bold" });

/**
 * The panel's table as a sheet, the same columns in the same order (the 1–5 star counts after
 * the average), with a total row; headers in Chinese whatever the interface language.
 */
export function ratingFiguresSheet(summary: RatingsSummary): RatingsSheetCell[][] {
  const { panel } = followUpsZhCN;
  const figuresOf = (figures: RatingsSummary["total"]): RatingsSheetCell[] => [
    number(figures.count),
    number(figures.averageOverall),
    ...figures.perScore.map(number),
    ...followUpFigureNames.map((name) => number(figures[name])),
  ];
  return [
    [
      bold(panel.servicePoint),
      bold(panel.count),
      bold(panel.averageOverall),
      ...[1, 2, 3, 4, 5].map((score) => bold(panel.perScore.replace("{{score}}", String(score)))),
      ...followUpFigureNames.map((name) => bold(panel[name])),
    ],
    ...summary.servicePoints.map((point) => [text(point.name), ...figuresOf(point)]),
    [bold(panel.total), ...figuresOf(summary.total)],
  ];
}

/** The words only the export has; the rest are the page's own (zh-CN: the county files in Chinese). */
const exportWords = { figures: "统计", rows: "明细", ratedAt: "评价时间", channel: "渠道" };
export const ratingsSheetNames = { figures: exportWords.figures, rows: exportWords.rows };

/** Every rating of the period, one a row: no name and no phone number (the export leaves the office). */
export function ratingRowsSheet(
  summary: RatingsSummary,
  formatDateTime: (iso: string) => string,
): RatingsSheetCell[][] {
  const { aspect, channel, column, outcome, outcomes, panel, status } = followUpsZhCN;
  const followUpWords = {
    OPEN: status.OPEN,
    OVERDUE: panel.followUpsOverdue,
    CLOSED: status.CLOSED,
  } as const;
  const header = [
    exportWords.ratedAt,
    column.reference,
    panel.servicePoint,
    exportWords.channel,
    aspect.overall,
    aspect.speed,
    aspect.attitude,
    aspect.ease,
    column.comment,
    column.dueDate,
    column.callBack,
    outcome,
  ].map(bold);
  return [
    header,
    ...summary.rows.map((row) => [
      text(formatDateTime(row.ratedAt)),
      text(row.reference),
      text(row.servicePointName),
      text(channel[row.channel]),
      number(row.overall),
      number(row.speed),
      number(row.attitude),
      number(row.ease),
      text(row.comment),
      text(row.followUp?.dueDate),
      text(row.followUp ? followUpWords[row.followUp.status] : null),
      text(row.followUp?.outcome ? outcomes[row.followUp.outcome] : null),
    ]),
  ];
}

/** 好差评-2026-11-01至2026-11-30.xlsx */
export function ratingsFileName(range: { from: string; to: string }): string {
  return `${followUpsZhCN.panel.heading}-${range.from}至${range.to}.xlsx`;
}
