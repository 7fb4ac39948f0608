import { ACTIVE_ACNE, todayInZone, type HealthFlag } from "@mnplan/core";
import { describedBy } from "../forms/field-notes";
import { browserTimeZone } from "../lib/draft";
import { t } from "../strings";
import { view, withNested } from "./edit-request";
import { CheckGroup, Field, RadioGroup } from "./fields";
import type { StepProps } from "./step-props";

const h = t.questionnaire.health;

const GROUPS: readonly (readonly [keyof typeof h.groups, readonly HealthFlag[]])[] = [
  ["pregnancy", ["pregnant", "breastfeeding"]],
  [
    "medicines",
    [
      "anticoagulants",
      "immunosuppressed",
      "botoxWithin2Weeks",
      "fillerWithin4Weeks",
      "radiotherapyWithin3Months",
    ],
  ],
  ["skinNow", ["skinInfection", "openWound", "coldSoreActive", "sunburn", "dermatitisFlare"]],
  [
    "history",
    [
      "coldSoreHistory",
      "keloids",
      "skinCancerInArea",
      "bleedingDisorder",
      "metalAllergy",
      "anaestheticAllergy",
      "uncontrolledDiabetes",
      "autoimmune",
    ],
  ],
];

type Isotretinoin = "never" | "current" | "stopped";

function Isotretinoin({ request, update, errors }: StepProps) {
  const value = view(request).health?.isotretinoin;
  const choice: Isotretinoin | undefined = typeof value === "object" ? "stopped" : value;
  const stoppedOn = typeof value === "object" ? value.stoppedOn : "";
  const error = errors["q-isotretinoin-date"];
  const set = (next: unknown) =>
    update((current) => withNested(current, "health", "isotretinoin", next));
  return (
    <RadioGroup<Isotretinoin>
      id="q-isotretinoin"
      legend={h.isotretinoinLegend}
      options={(["never", "current", "stopped"] as const).map((v) => ({
        value: v,
        label: h.isotretinoin[v],
      }))}
      value={choice}
      onChange={(next) => set(next === "stopped" ? { stoppedOn } : next)}
    >
      {choice === "stopped" && (
        <Field id="q-isotretinoin-date" label={h.stoppedOn} error={error}>
          <input
            id="q-isotretinoin-date"
            type="date"
            value={stoppedOn}
            max={todayInZone(Date.now(), browserTimeZone())}
            onChange={(event) => set({ stoppedOn: event.currentTarget.value })}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("q-isotretinoin-date", false, error)}
          />
        </Field>
      )}
    </RadioGroup>
  );
}

/** Health screening: grouped, kind questions; a tick means yes, no tick means no. */
export function HealthStep(props: StepProps) {
  const { request, update } = props;
  const health = view(request).health ?? {};
  const ticked = (flags: readonly HealthFlag[]) => flags.filter((flag) => health[flag] === true);
  const setGroup = (flags: readonly HealthFlag[], on: HealthFlag[]) =>
    update((current) =>
      flags.reduce(
        (next, flag) => withNested(next, "health", flag, on.includes(flag) ? true : undefined),
        current,
      ),
    );
  const group = (key: (typeof GROUPS)[number][0]) => {
    const flags = GROUPS.find(([name]) => name === key)?.[1] ?? [];
    return (
      <CheckGroup
        id={`q-health-${key}`}
        legend={h.groups[key]}
        hint={h.tickAny}
        options={flags.map((flag) => ({ value: flag, label: h.flags[flag] }))}
        values={ticked(flags)}
        onChange={(on) => setGroup(flags, on)}
      />
    );
  };
  return (
    <div id="q-health">
      <p>{h.intro}</p>
      {group("pregnancy")}
      <Isotretinoin {...props} />
      {group("medicines")}
      <RadioGroup
        id="q-activeAcne"
        legend={h.activeAcneLegend}
        options={ACTIVE_ACNE.map((value) => ({ value, label: h.activeAcne[value] }))}
        value={health.activeAcne}
        onChange={(value) =>
          update((current) => withNested(current, "health", "activeAcne", value))
        }
      />
      {group("skinNow")}
      {group("history")}
    </div>
  );
}
