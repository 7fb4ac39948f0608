// Labelled inputs whose hint and error are linked to them, and the summary of a form's errors.
import { useEffect, useRef, type InputHTMLAttributes } from "react";
import { describedBy, FieldNotes } from "../forms/field-notes";
import { t } from "../strings";
import type { FieldErrors } from "./field-errors";

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly optional?: boolean;
  readonly multiline?: boolean;
  readonly type?: "text" | "date";
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>["inputMode"];
}

/** A text, number or date input (or a text area) with its label, hint and error. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, error, hint, optional, multiline } = props;
  const common = {
    id,
    name: id,
    value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint !== undefined, error),
  };
  return (
    <div className="journal-field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="journal-optional"> {t.journal.log.optional}</span>}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

/** The errors of a form at its top, each linked to its input; takes the focus when it appears. */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: FieldErrors;
  labels: Readonly<Record<string, string>>;
}) {
  const box = useRef<HTMLDivElement>(null);
  const fields = Object.entries(errors.byField);
  const shown = fields.length + errors.other.length > 0;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [errors, shown]);
  if (!shown) return null;
  return (
    <div ref={box} tabIndex={-1} role="alert" className="notice notice-danger journal-summary">
      <h3>{t.journal.log.summaryTitle}</h3>
      <ul>
        {fields.map(([id, message]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                const target =
                  document.getElementById(id) ?? document.querySelector(`[name="${id}"]`);
                if (target instanceof HTMLElement) target.focus();
              }}
            >
              {labels[id] ? `${labels[id]}: ${message}` : message}
            </a>
          </li>
        ))}
        {errors.other.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A form's submit button, which says so while the entry is being saved. */
export function SaveButton({ saving }: { saving: boolean }) {
  return (
    <button type="submit" className="button-primary" disabled={saving}>
      {saving ? t.journal.log.saving : t.journal.log.save}
    </button>
  );
}
