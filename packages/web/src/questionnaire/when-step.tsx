import { WEEKDAYS } from "@mnplan/core";
import { useCallback } from "react";
import { describedBy } from "../forms/field-notes";
import { browserTimeZone } from "../lib/draft";
import { t } from "../strings";
import { view, withField } from "./edit-request";
import { CheckGroup, Field } from "./fields";
import type { StepProps } from "./step-props";
import { TimeZoneSelect } from "./time-zone-select";

const w = t.questionnaire.when;

/** Start date, time zone (the browser's by default) and the days that suit. */
export function WhenStep({ request, update, errors }: StepProps) {
  const { startDate, timeZone, preferredWeekdays } = view(request);
  const startError = errors["q-startDate"];
  const zoneError = errors["q-timeZone"];
  const setZone = useCallback(
    (zone: string) => update((current) => withField(current, "timeZone", zone)),
    [update],
  );
  return (
    <>
      <Field id="q-startDate" label={w.startLabel} hint={w.startHint} error={startError}>
        <input
          id="q-startDate"
          type="date"
          value={startDate ?? ""}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update((current) => withField(current, "startDate", value === "" ? undefined : value));
          }}
          aria-invalid={startError ? true : undefined}
          aria-describedby={describedBy("q-startDate", true, startError)}
        />
      </Field>
      <Field id="q-timeZone" label={w.zoneLabel} hint={w.zoneHint} error={zoneError}>
        <TimeZoneSelect
          id="q-timeZone"
          value={timeZone ?? browserTimeZone()}
          onChange={setZone}
          describedBy={describedBy("q-timeZone", true, zoneError)}
          invalid={zoneError !== undefined}
        />
      </Field>
      <CheckGroup
        id="q-weekdays"
        legend={w.daysLegend}
        hint={w.daysHint}
        options={WEEKDAYS.map((day) => ({ value: day, label: w.days[day] }))}
        values={preferredWeekdays ?? []}
        onChange={(days) =>
          update((current) =>
            withField(current, "preferredWeekdays", days.length > 0 ? days : undefined),
          )
        }
        error={errors["q-weekdays"]}
        className="choices-compact"
      />
    </>
  );
}
