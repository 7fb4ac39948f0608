// A field's hint and error, tied to the field with aria-describedby: their ids are `${id}-hint`
// and `${id}-error`. The questionnaire and the journal forms both use these.

/** The ids a field's `aria-describedby` lists: its hint and its error, when there are any. */
export function describedBy(id: string, hint: boolean, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** A field's error, announced with the field. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  );
}

/** A field's hint (when it has one) and then its error, between its label and its control. */
export function FieldNotes(props: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { id, hint, error } = props;
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
    </>
  );
}
