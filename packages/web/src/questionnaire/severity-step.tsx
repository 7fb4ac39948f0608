import { SCAR_TYPES, STRETCH_MARK_STAGES } from "@mnplan/core";
import { t } from "../strings";
import { concernsOf, withConcern, without, type ConcernDraft } from "./edit-request";
import { RadioGroup } from "./fields";
import type { StepProps } from "./step-props";

const s = t.questionnaire.severity;
const NOT_SURE = "" as const;
const GRADES = [1, 2, 3, 4] as const;

type Change = (concern: ConcernDraft) => ConcernDraft;
interface ScaleProps {
  readonly index: number;
  readonly concern: ConcernDraft;
  readonly errors: StepProps["errors"];
  readonly change: (edit: Change) => void;
}

/** Sets an optional field, or removes it for "not sure". */
function optional<K extends keyof ConcernDraft>(key: K, value: ConcernDraft[K] | "") {
  return (concern: ConcernDraft) =>
    value === "" ? without(concern, key) : { ...concern, [key]: value };
}

function AcneScale({ index, concern, errors, change }: ScaleProps) {
  return (
    <>
      <RadioGroup
        id={`q-severity-${index}`}
        legend={s.acneLegend}
        hint={s.acneHint}
        options={(["mild", "moderate", "deep"] as const).map((value) => ({
          value,
          ...s.acne[value],
        }))}
        value={concern.severity}
        onChange={(severity) => change((c) => ({ ...without(c, "goodmanBaron"), severity }))}
        error={errors[`q-severity-${index}`]}
      />
      <details className="more" open={concern.goodmanBaron !== undefined}>
        <summary>{s.gradeToggle}</summary>
        <RadioGroup<number>
          id={`q-goodmanBaron-${index}`}
          legend={s.gradeLegend}
          hint={s.gradeHint}
          options={[
            ...GRADES.map((value) => ({ value, label: s.grades[value] ?? String(value) })),
            { value: 0, label: s.noGrade },
          ]}
          value={concern.goodmanBaron ?? 0}
          onChange={(grade) =>
            change((c) =>
              grade === 0
                ? without(c, "goodmanBaron")
                : { ...without(c, "severity"), goodmanBaron: grade },
            )
          }
        />
      </details>
      <RadioGroup<string>
        id={`q-scarType-${index}`}
        legend={s.scarTypeLegend}
        options={[
          ...SCAR_TYPES.map((value) => ({ value, ...s.scarTypes[value] })),
          { value: NOT_SURE, label: t.questionnaire.notSure },
        ]}
        value={concern.scarType ?? NOT_SURE}
        onChange={(value) => change(optional("scarType", value as ConcernDraft["scarType"] | ""))}
        error={errors[`q-scarType-${index}`]}
      />
    </>
  );
}

function GlogauScale({ index, concern, errors, change }: ScaleProps) {
  return (
    <RadioGroup<number>
      id={`q-glogau-${index}`}
      legend={s.glogauLegend}
      hint={s.glogauHint}
      options={[
        ...GRADES.map((value) => ({ value, label: s.glogau[value] ?? String(value) })),
        { value: 0, label: t.questionnaire.notSure },
      ]}
      value={concern.glogau ?? 0}
      onChange={(value) => change(optional("glogau", value === 0 ? "" : value))}
      error={errors[`q-glogau-${index}`]}
    />
  );
}

function StageScale({ index, concern, errors, change }: ScaleProps) {
  return (
    <RadioGroup<string>
      id={`q-stage-${index}`}
      legend={s.stageLegend}
      options={[
        ...STRETCH_MARK_STAGES.map((value) => ({ value, ...s.stages[value] })),
        { value: NOT_SURE, label: t.questionnaire.notSure },
      ]}
      value={concern.stage ?? NOT_SURE}
      onChange={(value) => change(optional("stage", value as ConcernDraft["stage"] | ""))}
      error={errors[`q-stage-${index}`]}
    />
  );
}

const SCALES = { "acne-scars": AcneScale, "fine-lines": GlogauScale, "stretch-marks": StageScale };

/** Step 2: how marked each graded concern is, with the scales explained. */
export function SeverityStep({ request, update, errors }: StepProps) {
  const concerns = concernsOf(request);
  const graded = concerns.filter((concern) => concern.concern !== "glow");
  return (
    <>
      <p>{graded.length > 0 ? s.intro : s.nothingToGrade}</p>
      {concerns.map((concern, index) => {
        if (concern.concern === "glow") return null;
        const Scale = SCALES[concern.concern];
        const change = (edit: Change) =>
          update((current) =>
            withConcern(current, index, edit(concernsOf(current)[index] ?? concern)),
          );
        return (
          <section key={concern.concern} className="scale" aria-labelledby={`q-scale-${index}`}>
            <h3 id={`q-scale-${index}`}>{t.questionnaire.concerns.items[concern.concern].label}</h3>
            <Scale index={index} concern={concern} errors={errors} change={change} />
          </section>
        );
      })}
    </>
  );
}
