import { memo } from "react";

let zones: readonly string[] | undefined;

/** Every IANA zone this browser knows, computed once. */
function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf("timeZone");
  return zones;
}

/** A select of time zones; memoised, since its few hundred options need not re-render per answer. */
export const TimeZoneSelect = memo(function TimeZoneSelect({
  id,
  value,
  onChange,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  const list = knownZones();
  const options = list.includes(value) ? list : [value, ...list];
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replaceAll("_", " ")}
        </option>
      ))}
    </select>
  );
});
