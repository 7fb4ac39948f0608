// How a progress chart looks in uPlot: each line told apart by colour AND dash pattern (never
// colour alone), whole-number steps on the y axis, dates in UTC (calendar dates, no zone shift),
// and the session days drawn as dashed upright lines with their number.
import type uPlot from "uplot";
import { formatDayMonth } from "../lib/format-date";
import { toChartTime, type ChartData } from "./build-chart-data";

export interface LineStyle {
  readonly stroke: string;
  readonly dash: readonly number[];
}

// Every colour has at least 3:1 contrast on white (WCAG 1.4.11, graphics).
const STYLES: readonly LineStyle[] = [
  { stroke: "#b42318", dash: [] },
  { stroke: "#175cd3", dash: [9, 5] },
  { stroke: "#6b2fa3", dash: [2, 4] },
  { stroke: "#7a4300", dash: [12, 4, 3, 4] },
];

/** The line style of the series at `index`. */
export function lineStyle(index: number): LineStyle {
  return STYLES[index % STYLES.length]!;
}

const TEXT = "#1f2428";
const GRID = "#e4e1da";
const SESSION = "#4d5660";
const DAY = 86_400;
/** Steps between date labels: whole days and weeks only, never hours. */
const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364].map((days) => days * DAY);

/** A tick's date in words ("4 Jan"), from its x value. */
function dayLabel(seconds: number): string {
  return formatDayMonth(new Date(seconds * 1000).toISOString().slice(0, 10));
}

/** A uPlot plugin that marks each session day with a dashed line and "S1", "S2"… at the top. */
function sessionMarks(data: ChartData): uPlot.Plugin {
  const days = [...data.sessions].map(([day, n]) => [toChartTime(day), n] as const);
  return {
    hooks: {
      draw: (u: uPlot) => {
        const { ctx, bbox } = u;
        const ratio = window.devicePixelRatio || 1;
        ctx.save();
        ctx.strokeStyle = SESSION;
        ctx.fillStyle = SESSION;
        ctx.lineWidth = 1.5 * ratio;
        ctx.setLineDash([5 * ratio, 4 * ratio]);
        ctx.font = `${Math.round(11 * ratio)}px system-ui, sans-serif`;
        ctx.textAlign = "center";
        for (const [time, n] of days) {
          const x = Math.round(u.valToPos(time, "x", true));
          if (x < bbox.left || x > bbox.left + bbox.width) continue;
          ctx.beginPath();
          ctx.moveTo(x, bbox.top + 14 * ratio);
          ctx.lineTo(x, bbox.top + bbox.height);
          ctx.stroke();
          ctx.fillText(`S${n}`, x, bbox.top + 10 * ratio);
        }
        ctx.restore();
      },
    },
  };
}

/**
 * The x range: every scored day and session day with half a day either side, and at least a week
 * wide (uPlot's own range for a single day spans years).
 */
function dayRange(data: ChartData): uPlot.Range.MinMax {
  const times = [...data.days, ...[...data.sessions].map(([day]) => day)].map(toChartTime);
  if (times.length === 0) return [0, 7 * DAY];
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(DAY / 2, (7 * DAY - (last - first)) / 2);
  return [first - pad, last + pad];
}

/** uPlot options for a chart of `data` on a 0–`yMax` scale, `width` × `height` CSS pixels. */
export function buildChartOptions(
  data: ChartData,
  size: { width: number; height: number; yMax: number; yStep: number },
  tzDate: (seconds: number) => Date,
): uPlot.Options {
  const axis = { stroke: TEXT, grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID } };
  const ySplits = Array.from({ length: size.yMax / size.yStep + 1 }, (_, i) => i * size.yStep);
  return {
    width: size.width,
    height: size.height,
    tzDate,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    padding: [18, 8, 0, 0],
    scales: {
      x: { time: true, range: () => dayRange(data) },
      y: { range: [0, size.yMax] },
    },
    axes: [
      {
        ...axis,
        space: 64,
        incrs: DAY_STEPS,
        values: (_u: uPlot, splits: number[]) => splits.map(dayLabel),
      },
      { ...axis, splits: () => ySplits, size: 36 },
    ],
    series: [
      {},
      ...data.series.map((series, index) => ({
        label: series.label,
        stroke: lineStyle(index).stroke,
        dash: [...lineStyle(index).dash],
        width: 2.5,
        spanGaps: true,
        points: { show: true, size: 7, fill: "#fff" },
      })),
    ],
    plugins: [sessionMarks(data)],
  };
}

/** The chart's data in uPlot's aligned form: x values, then one array per series. */
export function toAlignedData(data: ChartData): uPlot.AlignedData {
  return [data.days.map(toChartTime), ...data.series.map((s) => [...s.values])];
}
