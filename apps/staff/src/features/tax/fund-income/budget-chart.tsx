import { formatMonth } from "@yibao/ui";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../../../api-types";
import { Chart, fundChartOptions } from "./chart-parts";

type Proposal = RouterOutputs["staff"]["tax"]["budgetProposal"];

/**
 * The base year as collected month by month, then the budget year as proposed, one bar a month
 * in two colours. For the eye only: the tables below hold the same numbers.
 */
export function BudgetChart({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const months = [...proposal.actuals, ...proposal.proposal.months];
    const actual = new Set(proposal.actuals.map((row) => row.month));
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: months.map((row) => formatMonth(row.month, i18n.language)),
        datasets: [
          {
            label: t("tax.budget.chart.actual", { year: proposal.baseYear }),
            data: months.map((row) => (actual.has(row.month) ? row.fen / 100 : null)),
            backgroundColor: "#1f5f99",
            stack: "income",
          },
          {
            label: t("tax.budget.chart.proposed", { year: proposal.budgetYear }),
            data: months.map((row) => (actual.has(row.month) ? null : row.fen / 100)),
            backgroundColor: "#d9822b",
            stack: "income",
          },
        ],
      },
      options: fundChartOptions(canvas.current, i18n.language, t("tax.fundIncome.chart.axis")),
    });
    return () => chart.destroy();
  }, [proposal, t, i18n.language]);

  return (
    <div className="tax-chart">
      <canvas ref={canvas} role="img" aria-label={t("tax.budget.chart.label")} />
    </div>
  );
}
