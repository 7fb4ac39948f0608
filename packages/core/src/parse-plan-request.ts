import { errorIssue, type Issue, type Result } from "./issue.js";
import { PlanRequestSchema, type PlanRequest } from "./request-schema.js";
import { fromZodIssues } from "./zod-issues.js";

const FAVOURABLE_LIFESTYLE = {
  smoker: false,
  dailySunscreen: true,
  frequentSun: false,
  followsAftercare: true,
  regularRoutine: true,
} as const;

const ONLY_FOR: ReadonlyArray<
  readonly ["severity" | "goodmanBaron" | "scarType" | "glogau" | "stage", string]
> = [
  ["severity", "acne-scars"],
  ["goodmanBaron", "acne-scars"],
  ["scarType", "acne-scars"],
  ["glogau", "fine-lines"],
  ["stage", "stretch-marks"],
];

const GOODMAN_BARON_SEVERITY = { 2: "mild", 3: "moderate", 4: "deep" } as const;

/**
 * Parses a plan request once, at the edge: the typed request with defaults, or every issue with its path.
 * @example parsePlanRequest(JSON.parse(body)).ok
 */
export function parsePlanRequest(input: unknown): Result<PlanRequest> {
  const parsed = PlanRequestSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const raw = parsed.data;
  const issues: Issue[] = [];

  raw.concerns.forEach((concern, index) => {
    const at = `concerns[${index}]`;
    for (const [field, owner] of ONLY_FOR) {
      if (concern[field] !== undefined && concern.concern !== owner) {
        issues.push(
          errorIssue("not-applicable", `${at}.${field}`, `"${field}" applies only to ${owner}`),
        );
      }
    }
    if (concern.concern === "acne-scars") {
      if (concern.severity === undefined && concern.goodmanBaron === undefined) {
        issues.push(
          errorIssue(
            "required",
            `${at}.severity`,
            "Acne scars need a severity (mild, moderate, deep) or a goodmanBaron grade",
          ),
        );
      }
      const graded =
        concern.goodmanBaron === undefined
          ? undefined
          : concern.goodmanBaron === 1
            ? "macular"
            : GOODMAN_BARON_SEVERITY[concern.goodmanBaron as 2 | 3 | 4];
      if (graded !== undefined && concern.severity !== undefined && graded !== concern.severity) {
        issues.push(
          errorIssue(
            "conflict",
            `${at}.goodmanBaron`,
            `Goodman–Baron grade ${concern.goodmanBaron} means ${graded}, but severity says ${concern.severity}`,
          ),
        );
      }
    }
    concern.areas.forEach((area, areaIndex) => {
      if (concern.areas.indexOf(area) !== areaIndex)
        issues.push(
          errorIssue("duplicate", `${at}.areas[${areaIndex}]`, `Area "${area}" is listed twice`),
        );
    });
  });

  raw.preferredWeekdays?.forEach((day, index, days) => {
    if (days.indexOf(day) !== index)
      issues.push(
        errorIssue("duplicate", `preferredWeekdays[${index}]`, `"${day}" is listed twice`),
      );
  });
  raw.blackouts?.forEach((blackout, index) => {
    if (blackout.to < blackout.from)
      issues.push(
        errorIssue(
          "invalid-range",
          `blackouts[${index}].to`,
          `Ends (${blackout.to}) before it starts (${blackout.from})`,
        ),
      );
  });
  const isotretinoin = raw.health?.isotretinoin;
  if (
    typeof isotretinoin === "object" &&
    raw.today !== undefined &&
    isotretinoin.stoppedOn > raw.today
  ) {
    issues.push(
      errorIssue(
        "in-future",
        "health.isotretinoin.stoppedOn",
        `Stop date ${isotretinoin.stoppedOn} is after today (${raw.today}); if still taking it, answer "current"`,
      ),
    );
  }
  if (issues.length > 0) return { ok: false, issues };

  const value: PlanRequest = {
    ...raw,
    sensitivity: raw.sensitivity ?? "normal",
    homeDepthOptIn: raw.homeDepthOptIn ?? false,
    lifestyle: fill<PlanRequest["lifestyle"]>({ ...FAVOURABLE_LIFESTYLE }, raw.lifestyle),
    health: fill(defaultHealth(), raw.health),
    rules: raw.rules ?? "guideline",
    preferredWeekdays: raw.preferredWeekdays ?? [],
    blackouts: raw.blackouts ?? [],
  };
  return { ok: true, value, issues: [] };
}

/** The defaults with every answer that was given laid over them. */
function fill<T extends object>(
  defaults: T,
  given: { readonly [K in keyof T]?: T[K] | undefined } | undefined,
): T {
  const out = { ...defaults };
  if (!given) return out;
  for (const key of Object.keys(given) as (keyof T)[]) {
    const value = given[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function defaultHealth(): PlanRequest["health"] {
  return {
    pregnant: false,
    breastfeeding: false,
    isotretinoin: "never",
    activeAcne: "none",
    skinInfection: false,
    openWound: false,
    coldSoreActive: false,
    coldSoreHistory: false,
    sunburn: false,
    dermatitisFlare: false,
    skinCancerInArea: false,
    bleedingDisorder: false,
    anticoagulants: false,
    metalAllergy: false,
    anaestheticAllergy: false,
    keloids: false,
    immunosuppressed: false,
    uncontrolledDiabetes: false,
    autoimmune: false,
    radiotherapyWithin3Months: false,
    botoxWithin2Weeks: false,
    fillerWithin4Weeks: false,
  };
}
