import { BODY_AREAS, CONCERNS, FACE_AREAS, type Area, type Concern } from "@mnplan/core";
import { describedBy, FieldError } from "../forms/field-notes";
import { t } from "../strings";
import { concernsOf, withConcern, withField, type ConcernDraft } from "./edit-request";
import { FacePicture } from "./face-picture";
import { CheckGroup } from "./fields";
import type { StepProps } from "./step-props";

const q = t.questionnaire.concerns;
const FACE: readonly Area[] = FACE_AREAS;
const OTHER_GROUPS: readonly (readonly ["upper" | "body", readonly Area[]])[] = [
  ["upper", ["neck", "decolletage", "hands"]],
  ["body", BODY_AREAS],
];

const areaOptions = (areas: readonly Area[]) =>
  areas.map((area) => ({
    value: area,
    label: t.plan.areas[area],
    hint: t.questionnaire.areaHints[area],
  }));

function AreasPicker({
  index,
  concern,
  error,
  onChange,
}: {
  index: number;
  concern: ConcernDraft;
  error: string | undefined;
  onChange: (areas: Area[]) => void;
}) {
  const id = `q-areas-${index}`;
  const areas = concern.areas;
  const setGroup = (group: readonly Area[], chosen: Area[]) =>
    onChange([...areas.filter((area) => !group.includes(area)), ...chosen]);
  return (
    <fieldset id={id} className="areas" aria-describedby={describedBy(id, false, error)}>
      <legend>{q.areasLegend(t.plan.concerns[concern.concern])}</legend>
      <FieldError id={id} message={error} />
      <div className="areas-face">
        <FacePicture selected={areas} />
        <CheckGroup
          id={`${id}-face`}
          legend={q.groups.face}
          options={areaOptions(FACE)}
          values={areas.filter((area) => FACE.includes(area))}
          onChange={(chosen) => setGroup(FACE, chosen)}
        />
      </div>
      {OTHER_GROUPS.map(([group, list]) => (
        <CheckGroup
          key={group}
          id={`${id}-${group}`}
          legend={q.groups[group]}
          options={areaOptions(list)}
          values={areas.filter((area) => list.includes(area))}
          onChange={(chosen) => setGroup(list, chosen)}
          className="choices-compact"
        />
      ))}
    </fieldset>
  );
}

/** Step 1: the concerns, and the areas for each. */
export function ConcernsStep({ request, update, errors }: StepProps) {
  const concerns = concernsOf(request);
  const chosen = concerns.map((concern) => concern.concern);
  const setConcerns = (codes: Concern[]) =>
    update((current) => {
      const previous = concernsOf(current);
      const list = codes.map(
        (code) => previous.find((c) => c.concern === code) ?? { concern: code, areas: [] },
      );
      return withField(current, "concerns", list.length > 0 ? list : undefined);
    });
  return (
    <>
      <CheckGroup
        id="q-concerns"
        legend={q.legend}
        options={CONCERNS.map((code) => ({ value: code, ...q.items[code] }))}
        values={chosen}
        onChange={setConcerns}
        error={errors["q-concerns"]}
      />
      {concerns.map((concern, index) => (
        <AreasPicker
          key={concern.concern}
          index={index}
          concern={concern}
          error={errors[`q-areas-${index}`]}
          onChange={(areas) =>
            update((current) => {
              const latest = concernsOf(current)[index] ?? concern;
              return withConcern(current, index, { ...latest, areas });
            })
          }
        />
      ))}
    </>
  );
}
