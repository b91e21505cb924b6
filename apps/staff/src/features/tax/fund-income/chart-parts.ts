import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

// Only the parts these charts use (bars, one line, two axes): the rest of Chart.js stays out.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export { Chart };

/**
 * The options the fund's charts share: drawn at once (nothing moves while it is read, or
 * photographed), the page's font and colour, a y axis of whole yuan.
 */
export function fundChartOptions(canvas: HTMLCanvasElement, language: string, axis: string) {
  const style = getComputedStyle(canvas);
  const font = { family: style.fontFamily, size: 14 };
  const yuan = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    locale: language,
    color: style.color,
    font,
    scales: {
      x: { stacked: true, ticks: { color: style.color, font } },
      y: {
        stacked: true,
        beginAtZero: true,
        ticks: {
          color: style.color,
          callback: (value: string | number) => `¥${yuan.format(Number(value))}`,
        },
        title: { display: true, text: axis, color: style.color },
      },
    },
    plugins: {
      legend: { position: "bottom" as const, labels: { color: style.color, font } },
    },
  };
}
