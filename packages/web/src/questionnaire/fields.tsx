// The questionnaire's form controls: real inputs with labels, groups in fieldsets with legends,
// hints and errors tied to their field with aria-describedby.
import type { ReactNode } from "react";
import { describedBy, FieldNotes } from "../forms/field-notes";

export interface Option<V extends string | number> {
  readonly value: V;
  readonly label: string;
  readonly hint?: string;
}

interface GroupProps<V extends string | number> {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly options: readonly Option<V>[];
  readonly children?: ReactNode;
  readonly className?: string;
}

function Group<V extends string | number>({
  id,
  legend,
  hint,
  error,
  children,
  className,
  items,
}: GroupProps<V> & { items: ReactNode }) {
  return (
    <fieldset
      id={id}
      className={`choices ${className ?? ""}`}
      aria-describedby={describedBy(id, Boolean(hint), error)}
    >
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {items}
      {children}
    </fieldset>
  );
}

function OptionLabel<V extends string | number>({
  option,
  input,
}: {
  option: Option<V>;
  input: ReactNode;
}) {
  return (
    <label className="choice">
      {input}
      <span className="choice-text">
        <span className="choice-label">{option.label}</span>
        {option.hint && <span className="choice-hint">{option.hint}</span>}
      </span>
    </label>
  );
}

/** One choice among several (radio buttons); `value` undefined when nothing is chosen yet. */
export function RadioGroup<V extends string | number>(
  props: GroupProps<V> & { value: V | undefined; onChange: (value: V) => void },
) {
  const { id, options, value, onChange } = props;
  return (
    <Group
      {...props}
      items={options.map((option) => (
        <OptionLabel
          key={option.value}
          option={option}
          input={
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
          }
        />
      ))}
    />
  );
}

/** Any number of choices (checkboxes); `values` in the options' order. */
export function CheckGroup<V extends string | number>(
  props: GroupProps<V> & { values: readonly V[]; onChange: (values: V[]) => void },
) {
  const { options, values, onChange } = props;
  const toggle = (option: V, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? on : values.includes(v))));
  return (
    <Group
      {...props}
      items={options.map((option) => (
        <OptionLabel
          key={option.value}
          option={option}
          input={
            <input
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
          }
        />
      ))}
    />
  );
}

/** A single labelled input (text, number, date or select passed as `children`). */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
