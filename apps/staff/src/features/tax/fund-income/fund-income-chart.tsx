import { formatMonth } from "@yibao/ui";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Chart, fundChartOptions } from "./chart-parts";
import type { FundIncomeMonth } from "./fund-income-types";

/** The parts of what was collected, stacked, each with a colour that also differs in lightness. */
const parts = [
  { figure: "employeeFen", colour: "#1f5f99" },
  { figure: "employerFen", colour: "#7fb2e0" },
  { figure: "residentFen", colour: "#1b7f3b" },
] as const;

/**
 * Month by month, what was collected (the employee's part, the employer's, the resident scheme)
 * as stacked bars, and the arrears still owed for the month as a line. For the eye only: the
 * table beside it holds the same numbers (WCAG 1.1.1).
 */
export function FundIncomeChart({ months }: { months: readonly FundIncomeMonth[] }) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const options = fundChartOptions(canvas.current, i18n.language, t("tax.fundIncome.chart.axis"));
    const chart = new Chart(canvas.current, {
      data: {
        labels: months.map((row) => formatMonth(row.month, i18n.language)),
        datasets: [
          ...parts.map(({ figure, colour }) => ({
            type: "bar" as const,
            label: t(`tax.fundIncome.figures.${figure}`),
            data: months.map((row) => row[figure] / 100),
            backgroundColor: colour,
            stack: "collected",
          })),
          {
            type: "line" as const,
            label: t("tax.fundIncome.figures.arrearsFen"),
            data: months.map((row) => row.arrearsFen / 100),
            borderColor: "#a3001b",
            backgroundColor: "#a3001b",
            borderWidth: 3,
            pointRadius: 4,
            stack: "arrears",
          },
        ],
      },
      options,
    });
    return () => chart.destroy();
  }, [months, t, i18n.language]);

  return (
    <div className="tax-chart">
      <canvas ref={canvas} role="img" aria-label={t("tax.fundIncome.chart.label")} />
    </div>
  );
}
