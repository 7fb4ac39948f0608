// Deleting something only after asking: the question, Yes and Cancel, and what went wrong when the
// delete failed (the question stays open, so the person can try again).
import { useEffect, useRef, useState } from "react";

export type DeleteStep = "idle" | "confirm" | "deleting" | "failed";

/** The steps of a delete that asks first; `remove` throws when the delete fails. */
export function useConfirmDelete(remove: () => Promise<void>) {
  const [step, setStep] = useState<DeleteStep>("idle");
  const confirm = async () => {
    setStep("deleting");
    try {
      await remove();
    } catch {
      setStep("failed");
    }
  };
  return { step, ask: () => setStep("confirm"), cancel: () => setStep("idle"), confirm };
}

/**
 * The question, shown while `step` is not "idle". It takes the focus when it opens: on the
 * question itself, or on Cancel (`focus`). With a `label` it is a named group.
 */
export function ConfirmDelete(props: {
  step: DeleteStep;
  question: string;
  failed: string;
  yes: string;
  no: string;
  confirm: () => Promise<void>;
  cancel: () => void;
  focus: "question" | "cancel";
  className: string;
  label?: string;
}) {
  const question = useRef<HTMLParagraphElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { focus } = props;
  useEffect(() => {
    (focus === "question" ? question : cancel).current?.focus();
  }, [focus]);
  return (
    <div
      className={props.className}
      {...(props.label ? { role: "group", "aria-label": props.label } : {})}
    >
      <p ref={question} {...(focus === "question" ? { tabIndex: -1 } : {})}>
        {props.question}
      </p>
      {props.step === "failed" && (
        <p className="field-error" role="alert">
          {props.failed}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button-danger"
          disabled={props.step === "deleting"}
          onClick={() => void props.confirm()}
        >
          {props.yes}
        </button>
        <button type="button" ref={cancel} onClick={props.cancel}>
          {props.no}
        </button>
      </div>
    </div>
  );
}
