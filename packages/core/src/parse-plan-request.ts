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

type Loose = Record<string, unknown>;
const asObject = (value: unknown): Loose | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Loose)
    : undefined;
const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

function duplicates(list: readonly unknown[], at: string, what: string): Issue[] {
  return list.flatMap((item, index) =>
    typeof item === "string" && list.indexOf(item) !== index
      ? [errorIssue("duplicate", `${at}[${index}]`, `${what} "${item}" is listed twice`)]
      : [],
  );
}

function concernIssues(value: unknown, at: string): Issue[] {
  const concern = asObject(value);
  if (!concern) return [];
  const issues: Issue[] = [];
  for (const [field, owner] of ONLY_FOR) {
    if (
      concern[field] !== undefined &&
      typeof concern.concern === "string" &&
      concern.concern !== owner
    ) {
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
    // Only a whole grade is looked up: any other value is the schema's to refuse, and using it as a
    // key would run its own toString (a JSON body can send {"toString": ""}, which throws).
    const grade = concern.goodmanBaron;
    const graded =
      grade === 1
        ? "macular"
        : grade === 2 || grade === 3 || grade === 4
          ? GOODMAN_BARON_SEVERITY[grade]
          : undefined;
    if (
      graded !== undefined &&
      typeof concern.severity === "string" &&
      graded !== concern.severity
    ) {
      issues.push(
        errorIssue(
          "conflict",
          `${at}.goodmanBaron`,
          `Goodman–Baron grade ${String(grade)} means ${graded}, but severity says ${concern.severity}`,
        ),
      );
    }
  }
  return [...issues, ...duplicates(asArray(concern.areas), `${at}.areas`, "Area")];
}

/** Checks that span fields, run on the raw input so they are reported alongside any schema issue. */
function crossFieldIssues(input: unknown): Issue[] {
  const request = asObject(input);
  if (!request) return [];
  const issues = asArray(request.concerns).flatMap((concern, index) =>
    concernIssues(concern, `concerns[${index}]`),
  );
  issues.push(...duplicates(asArray(request.preferredWeekdays), "preferredWeekdays", "Day"));
  asArray(request.blackouts).forEach((value, index) => {
    const blackout = asObject(value);
    if (
      blackout &&
      typeof blackout.from === "string" &&
      typeof blackout.to === "string" &&
      blackout.to < blackout.from
    ) {
      issues.push(
        errorIssue(
          "invalid-range",
          `blackouts[${index}].to`,
          `Ends (${blackout.to}) before it starts (${blackout.from})`,
        ),
      );
    }
  });
  const stoppedOn = asObject(asObject(asObject(request.health)?.isotretinoin))?.stoppedOn;
  if (
    typeof stoppedOn === "string" &&
    typeof request.today === "string" &&
    stoppedOn > request.today
  ) {
    issues.push(
      errorIssue(
        "in-future",
        "health.isotretinoin.stoppedOn",
        `Stop date ${stoppedOn} is after today (${request.today}); if still taking it, answer "current"`,
      ),
    );
  }
  return issues;
}

/**
 * Parses a plan request once, at the edge: the typed request with defaults, or every issue with its path.
 * @example parsePlanRequest(JSON.parse(body)).ok
 */
export function parsePlanRequest(input: unknown): Result<PlanRequest> {
  const parsed = PlanRequestSchema.safeParse(input, { reportInput: true });
  const schemaIssues = parsed.success ? [] : fromZodIssues(parsed.error.issues);
  const flagged = new Set(schemaIssues.map((issue) => issue.path));
  const issues = [
    ...schemaIssues,
    ...crossFieldIssues(input).filter((issue) => !flagged.has(issue.path)),
  ];
  if (!parsed.success || issues.length > 0) return { ok: false, issues };
  const raw = parsed.data;

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
