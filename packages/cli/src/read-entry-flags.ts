import { AREAS, errorIssue, type Issue } from "@mnplan/core";
import { readArea } from "./parse-concern-flag.js";
import { lastString, type Flags } from "./read-flags.js";

/** A journal entry as far as flags give it: only the fields given, checked only for their syntax. */
export interface EntryFields {
  readonly fields: Record<string, unknown>;
  readonly issues: Issue[];
}

/** The flag behind each field of a session, a check-in and a rating, for messages about them. */
export const SESSION_FLAG_FOR = {
  date: "--date",
  setting: "--setting",
  device: "--device",
  "cartridge.needles": "--needles",
  "cartridge.type": "--cartridge",
  depthByArea: "--depth",
  passes: "--passes",
  products: "--product",
  performedBy: "--by",
  notes: "--notes",
} as const;

export const CHECK_IN_FLAG_FOR = {
  date: "--date",
  redness: "--redness",
  swelling: "--swelling",
  pain: "--pain",
  flaking: "--flaking",
  warningSigns: "--sign",
  notes: "--notes",
} as const;

export const RATING_FLAG_FOR = {
  date: "--date",
  concern: "--concern",
  score: "--score",
  notes: "--notes",
} as const;

/** Copies the last value of each flag into the field it sets; `numeric` fields are read as whole numbers. */
function readPlain(
  flags: Flags,
  flagFor: Readonly<Record<string, string>>,
  numeric: readonly string[],
): EntryFields {
  const fields: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const [field, flag] of Object.entries(flagFor)) {
    const value = lastString(flags, flag.slice(2));
    if (value === undefined) continue;
    if (!numeric.includes(field)) fields[field] = field === "notes" ? value : value.trim();
    else if (/^\s*-?\d+\s*$/.test(value)) fields[field] = Number(value);
    else issues.push(errorIssue("invalid-number", flag, `"${value}" is not a whole number`));
  }
  return { fields, issues };
}

/** `--depth AREA:MM` values as the depth used on each area. */
function readDepths(values: readonly string[]): { depths: unknown[]; issues: Issue[] } {
  const depths: unknown[] = [];
  const issues: Issue[] = [];
  for (const value of values) {
    const match = /^\s*([^:=]+?)\s*[:=]\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:mm)?\s*$/i.exec(value);
    const area = match?.[1] === undefined ? undefined : readArea(match[1]);
    if (!match?.[1] || match[2] === undefined)
      issues.push(
        errorIssue("invalid-depth", "--depth", `"${value}" is not AREA:MM, such as cheeks:1.0`),
      );
    else if (area === undefined)
      issues.push(
        errorIssue(
          "unknown-area",
          "--depth",
          `"${match[1]}" is not an area; use ${AREAS.join(", ")}`,
        ),
      );
    else depths.push({ area, depthMm: Number(match[2]) });
  }
  return { depths, issues };
}

/** `mnplan session log` flags as a performed session's fields. */
export function readSessionFlags(flags: Flags): EntryFields {
  const { date, setting, device, passes, performedBy, notes } = SESSION_FLAG_FOR;
  const plain = { date, setting, device, passes, performedBy, notes };
  const { fields, issues } = readPlain(flags, plain, ["passes"]);
  const needles = readPlain(flags, { needles: "--needles" }, ["needles"]);
  issues.push(...needles.issues);
  const type = lastString(flags, "cartridge")?.trim();
  const cartridge = { ...needles.fields, ...(type === undefined ? {} : { type }) };
  if (Object.keys(cartridge).length > 0) fields.cartridge = cartridge;
  const depths = readDepths(flags.strings.get("depth") ?? []);
  issues.push(...depths.issues);
  if (flags.strings.has("depth")) fields.depthByArea = depths.depths;
  const products = flags.strings.get("product")?.map((product) => product.trim());
  if (products !== undefined) fields.products = products;
  return { fields, issues };
}

/** `mnplan checkin` flags as a check-in's fields; `--sign` repeats or takes a comma list. */
export function readCheckInFlags(flags: Flags): EntryFields {
  const { date, redness, swelling, pain, flaking, notes } = CHECK_IN_FLAG_FOR;
  const plain = { date, redness, swelling, pain, flaking, notes };
  const { fields, issues } = readPlain(flags, plain, ["redness", "swelling", "pain", "flaking"]);
  const signs = flags.strings.get("sign");
  if (signs !== undefined)
    fields.warningSigns = signs
      .join(",")
      .split(",")
      .map((sign) => sign.trim().toLowerCase())
      .filter((sign) => sign !== "");
  return { fields, issues };
}

/** `mnplan rate` flags as a progress rating's fields. */
export function readRatingFlags(flags: Flags): EntryFields {
  return readPlain(flags, RATING_FLAG_FOR, ["score"]);
}
