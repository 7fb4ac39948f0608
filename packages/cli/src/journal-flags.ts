import { PERSON_FLAGS } from "./plan-flags.js";
import type { FlagSpecs } from "./read-flags.js";

/** Where the journal's database is, and help: every journal command takes them. */
const COMMON = {
  "data-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies FlagSpecs;

const FORMAT = { format: { type: "string", short: "f" } } as const satisfies FlagSpecs;

export const COURSE_NEW_FLAGS = {
  ...PERSON_FLAGS,
  today: { type: "string" },
  tz: { type: "string" },
  rules: { type: "string" },
  input: { type: "string", short: "i" },
  label: { type: "string" },
  ...FORMAT,
  ...COMMON,
} as const satisfies FlagSpecs;

export const COURSE_READ_FLAGS = { ...FORMAT, ...COMMON } as const satisfies FlagSpecs;

export const COURSE_DELETE_FLAGS = {
  yes: { type: "boolean", short: "y" },
  ...COMMON,
} as const satisfies FlagSpecs;

export const SESSION_LOG_FLAGS = {
  date: { type: "string" },
  device: { type: "string" },
  depth: { type: "string", multiple: true },
  setting: { type: "string" },
  passes: { type: "string" },
  needles: { type: "string" },
  cartridge: { type: "string" },
  product: { type: "string", multiple: true },
  by: { type: "string" },
  notes: { type: "string" },
  ...FORMAT,
  ...COMMON,
} as const satisfies FlagSpecs;

export const CHECKIN_FLAGS = {
  date: { type: "string" },
  redness: { type: "string" },
  swelling: { type: "string" },
  pain: { type: "string" },
  flaking: { type: "string" },
  sign: { type: "string", multiple: true },
  notes: { type: "string" },
  ...FORMAT,
  ...COMMON,
} as const satisfies FlagSpecs;

export const RATE_FLAGS = {
  date: { type: "string" },
  concern: { type: "string" },
  score: { type: "string" },
  notes: { type: "string" },
  ...FORMAT,
  ...COMMON,
} as const satisfies FlagSpecs;

export const EXPORT_FLAGS = {
  out: { type: "string", short: "o" },
  ...FORMAT,
  ...COMMON,
} as const satisfies FlagSpecs;
