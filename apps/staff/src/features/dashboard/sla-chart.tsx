import type { SlaRow } from "@yibao/domain";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

// Only the parts a bar chart uses: the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The counts the chart compares, each with a colour that also differs in lightness. */
const series = [
  { figure: "readyOnTime", colour: "#1b7f3b" },
  { figure: "readyLate", colour: "#d9822b" },
  { figure: "overdueNow", colour: "#a3001b" },
  { figure: "dueToday", colour: "#5b9bd5" },
] as const satisfies readonly { figure: keyof SlaRow; colour: string }[];

/**
 * The figures as a bar chart, one group a service point. A picture for the eye only: its text
 * alternative is the table beside it, which holds the same numbers (WCAG 1.1.1).
 */
export function SlaChart({ rows }: { rows: readonly SlaRow[] }) {
  const { t, i18n } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const style = getComputedStyle(canvas.current);
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels: rows.map((row) => row.name),
        datasets: series.map(({ figure, colour }) => ({
          label: t(`dashboard.figures.${figure}`),
          data: rows.map((row) => row[figure]),
          backgroundColor: colour,
        })),
      },
      options: {
        // Drawn at once: nothing moves while a clerk reads it (or a screenshot is taken).
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: i18n.language,
        font: { family: style.fontFamily, size: 14 },
        color: style.color,
        scales: {
          x: { ticks: { color: style.color, font: { family: style.fontFamily, size: 14 } } },
          y: {
            beginAtZero: true,
            ticks: { precision: 0, color: style.color },
            title: { display: true, text: t("dashboard.chart.axis"), color: style.color },
          },
        },
        plugins: {
          legend: {
            position: "bottom",
            labels: { color: style.color, font: { family: style.fontFamily, size: 14 } },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [rows, t, i18n.language]);

  return (
    <div className="sla-chart">
      <canvas ref={canvas} role="img" aria-label={t("dashboard.chart.label")} />
    </div>
  );
}
