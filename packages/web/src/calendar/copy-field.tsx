import { useEffect, useId, useRef, useState } from "react";
import { t } from "../strings";

const words = t.calendar.copy;

/** Copies with the Clipboard API; where it is missing or refused, selects the text instead. */
async function copyText(input: HTMLInputElement): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.focus();
    input.select();
    return false;
  }
}

/** A read-only text field with a Copy button; the outcome is announced politely. */
export function CopyField(props: {
  label: string;
  value: string;
  description?: string;
  focusOnShow?: boolean;
}) {
  const { label, value, description, focusOnShow = false } = props;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (focusOnShow) input.current?.focus();
  }, [focusOnShow, value]);
  const copy = async () => {
    if (!input.current) return;
    setMessage("");
    setMessage((await copyText(input.current)) ? words.copied : words.selected);
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-description`} className="hint">
          {description}
        </p>
      )}
      <div className="copy-row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={description ? `${id}-description` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {words.button}
        </button>
      </div>
      <p role="status" className="status-line">
        {message}
      </p>
    </div>
  );
}
