// The warning signs of rules.md §9 as checkboxes, each with a plain description; ticking one says
// at once what saving will do.
import { WARNING_SIGNS, type WarningSign } from "@mnplan/core";
import { describedBy, FieldNotes } from "../forms/field-notes";
import { t } from "../strings";

const words = t.journal.checkIn;

interface WarningSignsFieldProps {
  readonly id: string;
  readonly signs: readonly WarningSign[];
  readonly onChange: (signs: WarningSign[]) => void;
  readonly error: string | undefined;
}

export function WarningSignsField({ id, signs, onChange, error }: WarningSignsFieldProps) {
  const toggle = (sign: WarningSign, on: boolean) =>
    onChange(WARNING_SIGNS.filter((s) => (s === sign ? on : signs.includes(s))));
  return (
    <fieldset className="journal-signs" aria-describedby={describedBy(id, true, error)}>
      <legend>{words.signsTitle}</legend>
      <FieldNotes id={id} hint={words.signsHint} error={error} />
      {WARNING_SIGNS.map((sign) => (
        <div key={sign} className="journal-sign">
          <label>
            <input
              type="checkbox"
              id={`${id}-${sign}`}
              name={id}
              checked={signs.includes(sign)}
              aria-describedby={`${id}-${sign}-text`}
              onChange={(event) => toggle(sign, event.target.checked)}
            />
            {words.signs[sign].label}
          </label>
          <p id={`${id}-${sign}-text`} className="hint">
            {words.signs[sign].description}
          </p>
        </div>
      ))}
      {signs.length > 0 && (
        <p className="notice notice-caution" role="status">
          {words.signChecked}
        </p>
      )}
    </fieldset>
  );
}
