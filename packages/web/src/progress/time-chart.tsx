import { useEffect, useId, useRef } from "react";
import type uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatDate } from "../lib/format-date";
import { t } from "../strings";
import type { ChartData } from "./build-chart-data";
import { buildChartOptions, lineStyle, toAlignedData } from "./chart-options";

interface TimeChartProps {
  readonly name: string;
  readonly hint: string;
  readonly data: ChartData;
  readonly yMax: number;
  readonly yStep: number;
}

const heightFor = (width: number) => Math.round(Math.min(320, Math.max(210, width * 0.5)));

/** Whether this browser can draw on a canvas (a DOM without one still gets the table). */
function canDraw(): boolean {
  try {
    return document.createElement("canvas").getContext("2d") !== null;
  } catch {
    return false;
  }
}

/** Draws the chart with uPlot (loaded on first use) at the width of its box, redrawn on resize. */
function useUPlot(box: React.RefObject<HTMLDivElement | null>, props: TimeChartProps) {
  const { data, yMax, yStep } = props;
  useEffect(() => {
    const element = box.current;
    if (!element || !canDraw()) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let stopped = false;
    void import("uplot")
      .then(({ default: UPlot }) => {
        if (stopped) return;
        const width = Math.max(element.clientWidth, 280);
        const tzDate = (seconds: number) => UPlot.tzDate(new Date(seconds * 1000), "Etc/UTC");
        const options = buildChartOptions(
          data,
          { width, height: heightFor(width), yMax, yStep },
          tzDate,
        );
        chart = new UPlot(options, toAlignedData(data), element);
        const printing = window.matchMedia("print");
        observer = new ResizeObserver(() => {
          // Printing lays the page out at the paper's width; the drawing is scaled by CSS instead,
          // since a redraw would come after the browser has taken its picture of the page.
          if (printing.matches) return;
          const next = Math.max(element.clientWidth, 280);
          if (chart && next !== chart.width)
            chart.setSize({ width: next, height: heightFor(next) });
        });
        observer.observe(element);
      })
      .catch(() => {
        // No canvas here (or the chart failed): the table below still holds every number.
      });
    return () => {
      stopped = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [box, data, yMax, yStep]);
}

function LineSample({ index }: { index: number }) {
  const { stroke, dash } = lineStyle(index);
  return (
    <svg width="36" height="12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="35"
        y2="6"
        stroke={stroke}
        strokeWidth="3"
        strokeDasharray={dash.join(" ")}
      />
    </svg>
  );
}

function DataTable({ name, data }: { name: string; data: ChartData }) {
  const words = t.progress.charts;
  return (
    <details className="chart-table">
      <summary>{words.tableToggle}</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={name}>
        <table>
          <caption className="visually-hidden">{name}</caption>
          <thead>
            <tr>
              <th scope="col">{words.date}</th>
              <th scope="col">{words.session}</th>
              {data.series.map((series) => (
                <th scope="col" key={series.key}>
                  {series.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.days.map((day, row) => {
              const session = data.sessions.get(day);
              return (
                <tr key={day}>
                  <th scope="row">{formatDate(day)}</th>
                  <td>{session === undefined ? words.empty : words.sessionMark(session)}</td>
                  {data.series.map((series) => (
                    <td key={series.key}>{series.values[row] ?? words.empty}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A chart over time, with its name, a legend that does not rely on colour, and a table of its numbers. */
export function TimeChart(props: TimeChartProps) {
  const { name, hint, data } = props;
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  useUPlot(box, props);
  const from = formatDate(data.days[0] ?? "");
  const to = formatDate(data.days[data.days.length - 1] ?? "");
  return (
    <figure className="chart card">
      <figcaption>
        <h3>{name}</h3>
        <p className="hint" id={hintId}>
          {hint} {data.sessions.size > 0 && t.progress.charts.sessionDays}
        </p>
      </figcaption>
      <ul className="chart-legend">
        {data.series.map((series, index) => (
          <li key={series.key}>
            <LineSample index={index} />
            {series.label}
          </li>
        ))}
      </ul>
      <div
        ref={box}
        className="chart-canvas"
        role="img"
        aria-label={t.progress.charts.chartName(name, from, to)}
        aria-describedby={hintId}
      />
      <DataTable name={name} data={data} />
    </figure>
  );
}
