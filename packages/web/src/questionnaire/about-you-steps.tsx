import { LIFESTYLE_FIELDS, SENSITIVITIES, type LifestyleField } from "@mnplan/core";
import { describedBy } from "../forms/field-notes";
import { t } from "../strings";
import { view, withField, withNested } from "./edit-request";
import { Field, RadioGroup } from "./fields";
import type { StepProps } from "./step-props";

const q = t.questionnaire;

/** A whole number of years is stored as a number; anything else as typed, for the planner to flag. */
function ageFrom(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The age step. */
export function AgeStep({ request, update, errors }: StepProps) {
  const age = request.age;
  const error = errors["q-age"];
  return (
    <Field id="q-age" label={q.age.label} hint={q.age.hint} error={error}>
      <input
        id="q-age"
        className="input-short"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={typeof age === "number" || typeof age === "string" ? String(age) : ""}
        onChange={(event) => {
          const value = ageFrom(event.currentTarget.value);
          update((current) => withField(current, "age", value));
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy("q-age", true, error)}
      />
    </Field>
  );
}

/** Skin type (Fitzpatrick, explained) and how the skin reacts. */
export function SkinStep({ request, update, errors }: StepProps) {
  const { fitzpatrick, sensitivity } = view(request);
  return (
    <>
      <RadioGroup<number>
        id="q-fitzpatrick"
        legend={q.skin.typeLegend}
        hint={q.skin.typeHint}
        options={[1, 2, 3, 4, 5, 6].map((value) => ({
          value,
          label: q.skin.types[value]?.label ?? String(value),
          hint: q.skin.types[value]?.hint ?? "",
        }))}
        value={fitzpatrick}
        onChange={(value) => update((current) => withField(current, "fitzpatrick", value))}
        error={errors["q-fitzpatrick"]}
      />
      <RadioGroup
        id="q-sensitivity"
        legend={q.skin.sensitivityLegend}
        options={SENSITIVITIES.map((value) => ({ value, ...q.skin.sensitivity[value] }))}
        value={sensitivity}
        onChange={(value) => update((current) => withField(current, "sensitivity", value))}
        error={errors["q-sensitivity"]}
      />
    </>
  );
}

const YES_NO = [
  { value: "yes", label: q.yes },
  { value: "no", label: q.no },
] as const;

/** Lifestyle: five yes/no questions, each optional (no answer is the favourable one). */
export function LifestyleStep({ request, update }: StepProps) {
  const lifestyle = view(request).lifestyle ?? {};
  const set = (field: LifestyleField, answer: "yes" | "no") =>
    update((current) => withNested(current, "lifestyle", field, answer === "yes"));
  return (
    <>
      <p>{q.lifestyle.intro}</p>
      <div id="q-lifestyle">
        {LIFESTYLE_FIELDS.map((field) => {
          const value = lifestyle[field];
          return (
            <RadioGroup
              key={field}
              id={`q-lifestyle-${field}`}
              legend={q.lifestyle.questions[field]}
              options={YES_NO}
              value={value === undefined ? undefined : value ? "yes" : "no"}
              onChange={(answer) => set(field, answer)}
              className="choices-inline"
            />
          );
        })}
      </div>
    </>
  );
}
