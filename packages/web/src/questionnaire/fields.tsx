// The questionnaire's form controls: real inputs with labels, groups in fieldsets with legends,
// hints and errors tied to their field with aria-describedby.
import type { ReactNode } from "react";

/** Ids of the hint and error that describe a field, when present. */
export function describedBy(id: string, hint: boolean, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids === "" ? undefined : ids;
}

/** A field's error, announced with the field (its id is `${id}-error`). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  );
}

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
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
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
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      {children}
    </div>
  );
}
