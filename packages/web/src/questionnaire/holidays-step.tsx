import { useEffect, useRef } from "react";
import { describedBy, FieldError } from "../forms/field-notes";
import { t } from "../strings";
import { blackoutsOf, withField, type BlackoutDraft } from "./edit-request";
import type { StepProps } from "./step-props";

const h = t.questionnaire.holidays;

function DateInput({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldError id={id} message={error} />
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, error)}
      />
    </div>
  );
}

/** Holidays and busy times: rows to add and remove, each with dates, a reason and "sunny". */
export function HolidaysStep({ request, update, errors }: StepProps) {
  const rows = blackoutsOf(request);
  const added = useRef(false);
  const list = useRef<HTMLDivElement>(null);

  // After "add", put the cursor in the new row's first date.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLInputElement>("fieldset:last-of-type input")?.focus();
  }, [rows.length]);

  const setRows = (change: (rows: BlackoutDraft[]) => BlackoutDraft[]) =>
    update((current) => {
      const next = change([...blackoutsOf(current)]);
      return withField(current, "blackouts", next.length > 0 ? next : undefined);
    });
  const setRow = (index: number, patch: Partial<BlackoutDraft>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <div id="q-holidays">
      <p>{h.intro}</p>
      {rows.length === 0 && <p className="hint">{h.none}</p>}
      <div ref={list}>
        {rows.map((row, index) => {
          const id = `q-blackout-${index}`;
          return (
            <fieldset key={index} className="holiday">
              <legend>{h.row(index + 1)}</legend>
              <div className="holiday-dates">
                <DateInput
                  id={`${id}-from`}
                  label={h.from}
                  value={row.from}
                  error={errors[`${id}-from`]}
                  onChange={(from) => setRow(index, { from })}
                />
                <DateInput
                  id={`${id}-to`}
                  label={h.to}
                  value={row.to}
                  error={errors[`${id}-to`]}
                  onChange={(to) => setRow(index, { to })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-reason`}>{h.reason}</label>
                <input
                  id={`${id}-reason`}
                  type="text"
                  maxLength={200}
                  value={row.reason ?? ""}
                  onChange={(event) => setRow(index, { reason: event.currentTarget.value })}
                />
              </div>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={row.sun === true}
                  onChange={(event) => setRow(index, { sun: event.currentTarget.checked })}
                />
                <span className="choice-text">
                  <span className="choice-label">{h.sun}</span>
                </span>
              </label>
              <button
                type="button"
                onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
              >
                {h.remove(index + 1)}
              </button>
            </fieldset>
          );
        })}
      </div>
      <button
        type="button"
        onClick={() => {
          added.current = true;
          setRows((all) => [...all, { from: "", to: "" }]);
        }}
      >
        {h.add}
      </button>
    </div>
  );
}
