import type { FlagSpecs } from "./read-flags.js";

/** Flags that describe the person and the plan: any of them means "the request comes from flags". */
export const PERSON_FLAGS = {
  concern: { type: "string", multiple: true },
  area: { type: "string", multiple: true },
  age: { type: "string" },
  fitzpatrick: { type: "string" },
  sensitivity: { type: "string" },
  setting: { type: "string" },
  "home-depth-opt-in": { type: "boolean" },
  start: { type: "string" },
  days: { type: "string", multiple: true },
  blackout: { type: "string", multiple: true },
  smoker: { type: "boolean" },
  "no-sunscreen": { type: "boolean" },
  "frequent-sun": { type: "boolean" },
  "skips-aftercare": { type: "boolean" },
  "irregular-routine": { type: "boolean" },
  health: { type: "string", multiple: true },
  isotretinoin: { type: "string" },
  "active-acne": { type: "string" },
} as const satisfies FlagSpecs;

/** Flags that set the context of a run (where today is, which rules, which output); the questionnaire keeps them. */
export const CONTEXT_FLAGS = {
  today: { type: "string" },
  tz: { type: "string" },
  rules: { type: "string" },
  input: { type: "string", short: "i" },
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
} as const satisfies FlagSpecs;

export const PLAN_FLAGS: FlagSpecs = { ...PERSON_FLAGS, ...CONTEXT_FLAGS };

/** The flag that sets each top-level request field, for error messages about a request built from flags. */
const FLAG_FOR_FIELD: Readonly<Record<string, string>> = {
  concerns: "--concern",
  age: "--age",
  fitzpatrick: "--fitzpatrick",
  sensitivity: "--sensitivity",
  setting: "--setting",
  homeDepthOptIn: "--home-depth-opt-in",
  lifestyle: "--smoker, --no-sunscreen, --frequent-sun",
  "health.isotretinoin": "--isotretinoin",
  "health.activeAcne": "--active-acne",
  health: "--health",
  startDate: "--start",
  today: "--today",
  timeZone: "--tz",
  preferredWeekdays: "--days",
  blackouts: "--blackout",
  rules: "--rules",
};

/** The flag behind a request path (`concerns[0].areas` → `--area`), if one sets it. */
export function flagForPath(path: string): string | undefined {
  if (/^concerns\[\d+\]\.areas/.test(path)) return "--area";
  const key = Object.keys(FLAG_FOR_FIELD).find(
    (field) => path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`),
  );
  return key === undefined ? undefined : FLAG_FOR_FIELD[key];
}
