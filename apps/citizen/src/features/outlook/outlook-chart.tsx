import { formatFen } from "@yibao/domain";
import { formatMonth } from "@yibao/ui";
import {
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

// Only the parts a line chart uses: the rest of Chart.js stays out of the bundle.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

const actualColour = "#0a5299";
const projectedColour = "#8a4b00";

interface OutlookChartProps {
  history: readonly { month: string; balanceFen: number }[];
  projectedMonths: readonly string[];
  projectedFen: readonly number[];
  /** The chart's text alternative: what it shows, in words (WCAG 1.1.1). */
  label: string;
}

/** Whole yuan for the axis (¥5,832): the exact amounts are in the table and the tooltips. */
function axisYuan(fen: number): string {
  return formatFen(Math.round(fen / 100) * 100).replace(/\.00$/, "");
}

/**
 * The 12 month-end balances as a solid line and, when the balance is spent down, the next
 * months at the average as a dashed one that starts from this month's balance.
 */
export function OutlookChart({ history, projectedMonths, projectedFen, label }: OutlookChartProps) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const style = getComputedStyle(canvas.current);
    const fontSize = Number.parseFloat(style.fontSize) * 0.8;
    const font = { family: style.fontFamily, size: fontSize };
    const months = [...history.map((point) => point.month), ...projectedMonths];
    const now = history.length - 1;
    const datasets: ChartDataset<"line", (number | null)[]>[] = [
      {
        label: t("outlook.actual"),
        data: [...history.map((point) => point.balanceFen), ...projectedMonths.map(() => null)],
        borderColor: actualColour,
        backgroundColor: actualColour,
        borderWidth: 3,
        pointRadius: 3,
      },
    ];
    if (projectedFen.length > 0) {
      datasets.push({
        label: t("outlook.projected"),
        data: months.map((_, index) => {
          if (index < now) return null;
          if (index === now) return history[now]?.balanceFen ?? null;
          return projectedFen[index - now - 1] ?? null;
        }),
        borderColor: projectedColour,
        backgroundColor: projectedColour,
        borderWidth: 3,
        pointRadius: 0,
        borderDash: [8, 6],
      });
    }
    const chart = new Chart(canvas.current, {
      type: "line",
      data: { labels: months.map((month) => formatMonth(month, i18n.language)), datasets },
      options: {
        // Drawn at once: nothing moves while the person reads it.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: i18n.language,
        color: style.color,
        font,
        scales: {
          x: { ticks: { color: style.color, font, maxRotation: 0, autoSkipPadding: 16 } },
          y: {
            beginAtZero: true,
            ticks: { color: style.color, font, callback: (value) => axisYuan(Number(value)) },
          },
        },
        plugins: {
          legend: { position: "bottom", labels: { color: style.color, font } },
          tooltip: {
            callbacks: {
              label: (item) => `${item.dataset.label ?? ""}: ${formatFen(Number(item.raw))}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [history, projectedMonths, projectedFen, t, i18n.language]);

  return (
    <div className="outlook-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
