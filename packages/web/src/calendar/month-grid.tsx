import type { CalendarDate, TreatmentPlan } from "@mnplan/core";
import { useId, useMemo, useState } from "react";
import { formatMonth } from "../lib/format-date";
import { t } from "../strings";
import { addMonth, buildMonth } from "./build-month";
import { listKeyDates } from "./list-key-dates";
import { firstMonth, markPlanDays, type DayMarks } from "./mark-plan-days";

const words = t.calendar.month;

function rotate<T>(items: readonly T[], by: number): T[] {
  return [...items.slice(by), ...items.slice(0, by)];
}

function DayCell(props: { date: CalendarDate; marks: DayMarks | undefined; today: boolean }) {
  const { date, marks, today } = props;
  const classes = ["day"];
  if (marks?.sessions.length) classes.push("day-session");
  if (marks?.care.length) classes.push("day-care");
  if (today) classes.push("day-today");
  return (
    <td className={classes.join(" ")} aria-current={today ? "date" : undefined}>
      <span className="day-number">{Number(date.slice(8))}</span>
      {today && <span className="visually-hidden">, {words.today}</span>}
      {marks?.sessions.map(({ number, done }) => (
        <span key={number} className="mark mark-session">
          <span aria-hidden="true" className="mark-short">
            {words.sessionShort(number)}
            {done && " ✓"}
          </span>
          <span className="mark-long">
            {words.session(number)}
            {done && <span className="visually-hidden"> ({words.done})</span>}
            {done && <span aria-hidden="true"> ✓</span>}
          </span>
        </span>
      ))}
      {marks && marks.prep.length > 0 && (
        <span className="mark mark-prep">
          {words.prep}
          <span className="visually-hidden">
            : {[...new Set(marks.prep.map((p) => words.prepFor(p.session)))].join(", ")}
          </span>
        </span>
      )}
      {marks?.care.map((code) => (
        <span key={code} className="mark mark-care">
          {t.calendar.careMarks[code]}
        </span>
      ))}
    </td>
  );
}

function Legend() {
  return (
    <div className="legend">
      <h3>{words.legendTitle}</h3>
      <ul>
        <li>
          <span aria-hidden="true" className="swatch mark mark-session">
            <span className="mark-short">{words.sessionShort(1)}</span>
            <span className="mark-long">{words.session(1)}</span>
          </span>
          {words.legend.session}
        </li>
        <li>
          <span aria-hidden="true" className="swatch mark mark-prep">
            {words.prep}
          </span>
          {words.legend.prep}
        </li>
        <li>
          <span aria-hidden="true" className="swatch swatch-care" />
          {words.legend.care}
        </li>
        <li>
          <span aria-hidden="true" className="swatch swatch-today" />
          {words.legend.today}
        </li>
      </ul>
    </div>
  );
}

/** A month of the plan as a table of weeks, with previous/next month buttons and the month's key dates. */
export function MonthGrid({ plan, today }: { plan: TreatmentPlan; today: CalendarDate }) {
  const [month, setMonth] = useState(() => firstMonth(plan, today));
  const marks = useMemo(() => markPlanDays(plan), [plan]);
  const weeks = buildMonth(month, t.calendar.weekStartsOn);
  const keyDates = listKeyDates(plan, month);
  const headingId = useId();
  const title = formatMonth(month);
  const long = rotate(t.calendar.weekdays, t.calendar.weekStartsOn);
  const short = rotate(t.calendar.weekdaysShort, t.calendar.weekStartsOn);
  return (
    <section className="month-view" aria-labelledby={headingId}>
      <div className="month-bar">
        <button type="button" onClick={() => setMonth((m) => addMonth(m, -1))}>
          <span aria-hidden="true">‹</span>
          <span className="month-bar-label">{words.previous}</span>
        </button>
        <h2 id={headingId} aria-live="polite">
          {title}
        </h2>
        <button type="button" onClick={() => setMonth((m) => addMonth(m, 1))}>
          <span className="month-bar-label">{words.next}</span>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="month-grid" aria-labelledby={headingId}>
        <thead>
          <tr>
            {long.map((name, i) => (
              <th key={name} scope="col">
                <span aria-hidden="true">{short[i]}</span>
                <span className="visually-hidden">{name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={week.find(Boolean) ?? w}>
              {week.map((date, d) =>
                date ? (
                  <DayCell key={date} date={date} marks={marks.get(date)} today={date === today} />
                ) : (
                  <td key={`empty-${d}`} className="day day-empty" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{words.keyDates(title)}</h3>
      {keyDates.length === 0 ? (
        <p className="hint">{words.nothing}</p>
      ) : (
        <ul className="key-dates">
          {keyDates.map((item, i) => (
            <li key={i} className={`key-date key-${item.kind}`}>
              <strong>{item.when}</strong> <span>{item.text}</span>
            </li>
          ))}
        </ul>
      )}
      <Legend />
    </section>
  );
}
