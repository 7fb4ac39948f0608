import { errorIssue, HEALTH_FLAGS, WEEKDAYS, type Issue, type Weekday } from "@mnplan/core";
import { parseBlackoutFlag } from "./parse-blackout-flag.js";
import { parseConcernFlag, readAreas } from "./parse-concern-flag.js";
import { PERSON_FLAGS } from "./plan-flags.js";
import { lastString, type Flags } from "./read-flags.js";

/** A plan request as far as flags give it: only the fields that were given, unchecked beyond their syntax. */
export type RequestFields = Record<string, unknown>;

const LIFESTYLE_FLAGS = [
  ["smoker", "smoker", true],
  ["no-sunscreen", "dailySunscreen", false],
  ["frequent-sun", "frequentSun", true],
  ["skips-aftercare", "followsAftercare", false],
  ["irregular-routine", "regularRoutine", false],
] as const;

const FULL_DAY_NAMES = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];
const DAY_NAMES = new Map<string, Weekday>(
  WEEKDAYS.flatMap((day, index) => [
    [day, day],
    [FULL_DAY_NAMES[index] ?? day, day],
  ]),
);
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi"];
const kebab = (name: string): string =>
  name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Whether any flag that describes the person was given. */
export function hasPersonFlags(flags: Flags): boolean {
  return Object.keys(PERSON_FLAGS).some(
    (name) => flags.strings.has(name) || flags.booleans.has(name),
  );
}

/** Builds the request fields that flags give, with an issue (path: the flag) for each value that cannot be read. */
export function buildRequestFromFlags(flags: Flags): { request: RequestFields; issues: Issue[] } {
  const request: RequestFields = {};
  const issues: Issue[] = [];
  const take = <T>(result: { value?: T; issues: Issue[] }, field: string): void => {
    issues.push(...result.issues);
    if (result.value !== undefined) request[field] = result.value;
  };
  take(readConcerns(flags), "concerns");
  take(readWholeNumber(lastString(flags, "age"), "--age"), "age");
  take(readFitzpatrick(lastString(flags, "fitzpatrick")), "fitzpatrick");
  take(readWeekdays(flags.strings.get("days")), "preferredWeekdays");
  take(readBlackouts(flags.strings.get("blackout")), "blackouts");
  take(readHealth(flags), "health");
  const plain = [
    ["sensitivity", "sensitivity"],
    ["setting", "setting"],
    ["start", "startDate"],
    ["today", "today"],
    ["tz", "timeZone"],
  ] as const;
  for (const [flag, field] of plain) {
    const value = lastString(flags, flag);
    if (value !== undefined) request[field] = value.trim();
  }
  if (flags.booleans.has("home-depth-opt-in")) request.homeDepthOptIn = true;
  const lifestyle = Object.fromEntries(
    LIFESTYLE_FLAGS.filter(([flag]) => flags.booleans.has(flag)).map(([, field, value]) => [
      field,
      value,
    ]),
  );
  if (Object.keys(lifestyle).length > 0) request.lifestyle = lifestyle;
  return { request, issues };
}

/** `--concern` values, each taking the `--area` flags unless it names its own areas with `@`. */
function readConcerns(flags: Flags): { value?: RequestFields[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const shared = readAreas((flags.strings.get("area") ?? []).join(","), "--area");
  issues.push(...shared.issues);
  const concerns: RequestFields[] = [];
  for (const value of flags.strings.get("concern") ?? []) {
    const read = parseConcernFlag(value);
    issues.push(...read.issues);
    if (read.concern) concerns.push({ areas: shared.areas, ...read.concern });
  }
  if (concerns.length === 0 && shared.areas.length > 0)
    issues.push(errorIssue("area-without-concern", "--area", "Give a --concern for the areas"));
  return concerns.length === 0 ? { issues } : { value: concerns, issues };
}

function readWholeNumber(
  value: string | undefined,
  flag: string,
): { value?: number; issues: Issue[] } {
  if (value === undefined) return { issues: [] };
  if (/^\s*\d{1,4}\s*$/.test(value)) return { value: Number(value), issues: [] };
  return { issues: [errorIssue("invalid-number", flag, `"${value}" is not a whole number`)] };
}

function readFitzpatrick(value: string | undefined): { value?: number; issues: Issue[] } {
  const roman = ROMAN.indexOf(value?.trim().toLowerCase() ?? "");
  if (roman >= 0) return { value: roman + 1, issues: [] };
  const read = readWholeNumber(value, "--fitzpatrick");
  return read.issues.length > 0
    ? {
        issues: [
          errorIssue(
            "invalid-number",
            "--fitzpatrick",
            `"${value}" is not a skin type; use 1 to 6 (or I to VI)`,
          ),
        ],
      }
    : read;
}

function readWeekdays(values: readonly string[] | undefined): {
  value?: Weekday[];
  issues: Issue[];
} {
  if (values === undefined) return { issues: [] };
  const days: Weekday[] = [];
  const issues: Issue[] = [];
  for (const word of values
    .join(",")
    .split(",")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "")) {
    const day = DAY_NAMES.get(word);
    if (day === undefined)
      issues.push(
        errorIssue("invalid-day", "--days", `"${word}" is not a day; use ${WEEKDAYS.join(", ")}`),
      );
    else if (!days.includes(day)) days.push(day);
  }
  return days.length > 0 ? { value: days, issues } : { issues };
}

function readBlackouts(values: readonly string[] | undefined): {
  value?: unknown[];
  issues: Issue[];
} {
  if (values === undefined) return { issues: [] };
  const read = values.map((value) => parseBlackoutFlag(value));
  return {
    value: read.flatMap((one) => (one.blackout ? [one.blackout] : [])),
    issues: read.flatMap((one) => one.issues),
  };
}

function readHealth(flags: Flags): { value?: RequestFields; issues: Issue[] } {
  const health: RequestFields = {};
  const issues: Issue[] = [];
  for (const word of (flags.strings.get("health") ?? [])
    .join(",")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")) {
    const flag = HEALTH_FLAGS.find((name) => name === word || kebab(name) === word.toLowerCase());
    if (flag === undefined)
      issues.push(
        errorIssue(
          "unknown-health-flag",
          "--health",
          `"${word}" is not a health answer; use ${HEALTH_FLAGS.map(kebab).join(", ")} (isotretinoin and active acne have flags of their own)`,
        ),
      );
    else health[flag] = true;
  }
  const isotretinoin = lastString(flags, "isotretinoin")?.trim();
  if (isotretinoin !== undefined) {
    const stopped = /^stopped[:=](.+)$/.exec(isotretinoin);
    if (isotretinoin === "never" || isotretinoin === "current") health.isotretinoin = isotretinoin;
    else if (stopped?.[1]) health.isotretinoin = { stoppedOn: stopped[1].trim() };
    else
      issues.push(
        errorIssue(
          "invalid-value",
          "--isotretinoin",
          `"${isotretinoin}" is not an answer; use never, current or stopped:YYYY-MM-DD`,
        ),
      );
  }
  const acne = lastString(flags, "active-acne");
  if (acne !== undefined) health.activeAcne = acne.trim();
  return Object.keys(health).length > 0 ? { value: health, issues } : { issues };
}
