// A group of radio buttons in a fieldset, its legend naming the question, its error linked to it.
import type { ReactNode } from "react";
import { describedBy, FieldNotes } from "../forms/field-notes";

interface ChoiceGroupProps<V extends string | number> {
  /** The group's name, and the id its error and hint hang from. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly options: readonly { readonly value: V; readonly label: ReactNode }[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly className?: string;
}

export function ChoiceGroup<V extends string | number>(props: ChoiceGroupProps<V>) {
  const { id, legend, options, value, onChange, error, hint } = props;
  const described = describedBy(id, hint !== undefined, error);
  return (
    <fieldset className={`journal-choices ${props.className ?? ""}`} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="journal-options">
        {options.map((option) => (
          <label key={String(option.value)} className="journal-option">
            <input
              type="radio"
              name={id}
              value={String(option.value)}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
