import { AREAS, CONCERNS, errorIssue, type Area, type Concern, type Issue } from "@mnplan/core";

/** Everyday words for areas, accepted beside the codes of rules.md §1. */
const AREA_ALIASES: Readonly<Record<string, Area>> = {
  eyes: "periorbital",
  "under-eyes": "periorbital",
  mouth: "perioral",
  chest: "decolletage",
  décolletage: "decolletage",
  belly: "abdomen",
  stomach: "abdomen",
  tummy: "abdomen",
  cheek: "cheeks",
  hand: "hands",
  thigh: "thighs",
  hip: "hips",
  arm: "arms",
};

const QUALIFIER_HELP: Readonly<Record<Concern, string>> = {
  glow: "glow takes no severity",
  "fine-lines": "use glogau1 to glogau4",
  "acne-scars":
    "use mild, moderate, deep or gb1 to gb4, and optionally rolling, boxcar or ice-pick",
  "stretch-marks": "use red or white",
};

type ConcernFields = Record<string, string | number | readonly Area[]>;

/** One qualifier of a concern (`moderate`, `gb3`, `glogau2`, `red`) as request fields, or undefined if it does not apply. */
function readQualifier(concern: Concern, qualifier: string): ConcernFields | undefined {
  const graded = /^(gb|goodman-baron|glogau|g)-?([1-4])$/.exec(qualifier);
  switch (concern) {
    case "acne-scars":
      if (qualifier === "mild" || qualifier === "moderate" || qualifier === "deep")
        return { severity: qualifier };
      if (qualifier === "rolling" || qualifier === "boxcar" || qualifier === "ice-pick")
        return { scarType: qualifier };
      if (graded && (graded[1] === "gb" || graded[1] === "goodman-baron"))
        return { goodmanBaron: Number(graded[2]) };
      return undefined;
    case "fine-lines":
      return graded && (graded[1] === "glogau" || graded[1] === "g")
        ? { glogau: Number(graded[2]) }
        : undefined;
    case "stretch-marks":
      return qualifier === "red" || qualifier === "white" ? { stage: qualifier } : undefined;
    case "glow":
      return undefined;
  }
}

/** An area code from a code or an everyday word, or undefined. */
export function readArea(word: string): Area | undefined {
  const key = word.trim().toLowerCase();
  return (AREAS as readonly string[]).includes(key) ? (key as Area) : AREA_ALIASES[key];
}

/** Reads a comma-separated list of areas; each unknown word is an issue at `flag`. */
export function readAreas(list: string, flag: string): { areas: Area[]; issues: Issue[] } {
  const areas: Area[] = [];
  const issues: Issue[] = [];
  for (const word of list.split(",").filter((part) => part.trim() !== "")) {
    const area = readArea(word);
    if (area === undefined)
      issues.push(
        errorIssue(
          "unknown-area",
          flag,
          `"${word.trim()}" is not an area; use ${AREAS.join(", ")}`,
        ),
      );
    else if (!areas.includes(area)) areas.push(area);
  }
  return { areas, issues };
}

/**
 * Reads a `--concern` value: `concern[:qualifier…][@area,area]`, as in `acne-scars:moderate@cheeks,chin`,
 * `acne-scars:gb3:rolling`, `fine-lines:glogau2` or `stretch-marks:red@abdomen`.
 */
export function parseConcernFlag(
  value: string,
  flag = "--concern",
): { concern?: ConcernFields; issues: Issue[] } {
  const [head = "", areaList] = value.split("@", 2);
  const [name = "", ...qualifiers] = head.trim().toLowerCase().split(":");
  if (!(CONCERNS as readonly string[]).includes(name)) {
    return {
      issues: [
        errorIssue(
          "unknown-concern",
          flag,
          `"${name}" is not a concern; use ${CONCERNS.join(", ")}`,
        ),
      ],
    };
  }
  const concern = name as Concern;
  const fields: ConcernFields = { concern };
  const issues: Issue[] = [];
  for (const qualifier of qualifiers.filter((part) => part !== "")) {
    const read = readQualifier(concern, qualifier);
    if (read === undefined)
      issues.push(
        errorIssue(
          "invalid-qualifier",
          flag,
          `"${qualifier}" does not apply to ${concern}: ${QUALIFIER_HELP[concern]}`,
        ),
      );
    else Object.assign(fields, read);
  }
  if (areaList === undefined) return { concern: fields, issues };
  const areas = readAreas(areaList, flag);
  return { concern: { ...fields, areas: areas.areas }, issues: [...issues, ...areas.issues] };
}
