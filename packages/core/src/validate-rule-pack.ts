import { errorIssue, type Issue, type Result } from "./issue.js";
import { checkMonotone } from "./check-monotone.js";
import { GUIDELINE_PACK } from "./packs/guideline.js";
import { RulePackSchema, type RulePack, type ScreeningRule } from "./rule-pack-schema.js";
import { ACNE_SEVERITIES, AREAS, CONCERNS } from "./vocabulary.js";
import { fromZodIssues } from "./zod-issues.js";

/** Contraindications of rules.md §6 with grade A: no pack may drop or soften them (§12.1). */
export const REQUIRED_CONTRAINDICATIONS = [
  "pregnancy",
  "breastfeeding",
  "skin-cancer",
  "bleeding-disorder",
  "metal-allergy",
  "anaesthetic-allergy",
  "isotretinoin-current",
  "under-18",
] as const;

/** The least spacing between sessions at 0.5 mm or deeper (rules.md §12.2). */
export const MIN_DAYS_BETWEEN_DEEP_SESSIONS = 28;
/** Home needling never goes deeper than this, and reaches it only with the opt-in (rules.md §12.3). */
export const HOME_MAX_MM = 0.5;

/** The pack's groups of records with codes (each code unique within its group). */
export const RECORD_GROUPS = [
  "sessions",
  "factors",
  "screening",
  "prep",
  "aftercare",
  "milestones",
  "maintenance",
] as const;

/**
 * Checks a pack against its schema and the invariants of rules.md §12 that can be checked before planning.
 * @example validateRulePack(JSON.parse(text)).ok
 */
export function validateRulePack(input: unknown): Result<RulePack> {
  const parsed = RulePackSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const pack = parsed.data;
  const issues = [
    ...checkMonotone(pack),
    ...checkSources(pack),
    ...checkCodes(pack),
    ...checkSafety(pack),
    ...checkCoverage(pack),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: pack, issues: [] };
}

function checkSources(pack: RulePack): Issue[] {
  const issues: Issue[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.sources) && typeof record.code === "string") {
      record.sources.forEach((id, index) => {
        if (typeof id === "string" && !(id in pack.sources)) {
          issues.push(
            errorIssue(
              "unknown-source",
              `${path}.sources[${index}]`,
              `Source "${id}" is not in the pack's sources`,
            ),
          );
        }
      });
    }
    for (const [key, child] of Object.entries(record))
      if (key !== "sources" && key !== "when") visit(child, path === "" ? key : `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(pack)) if (key !== "sources") visit(value, key);
  return issues;
}

function checkCodes(pack: RulePack): Issue[] {
  const issues: Issue[] = [...checkDepthRules(pack), ...checkAdaptCodes(pack)];
  for (const group of RECORD_GROUPS) {
    const seen = new Set<string>();
    pack[group].forEach((record, index) => {
      if (seen.has(record.code))
        issues.push(
          errorIssue(
            "duplicate-code",
            `${group}[${index}].code`,
            `Code "${record.code}" is used twice in ${group}`,
          ),
        );
      seen.add(record.code);
    });
  }
  return issues;
}

/** The adapt records: plans cite them as `adapt.<code>`, so no two may share a code. */
function checkAdaptCodes(pack: RulePack): Issue[] {
  const records = Object.entries(pack.adapt);
  return records.flatMap(([key, record], index) =>
    records.findIndex(([, other]) => other.code === record.code) === index
      ? []
      : [
          errorIssue(
            "duplicate-code",
            `adapt.${key}.code`,
            `Code "${record.code}" is used twice in adapt`,
          ),
        ],
  );
}

// What each required contraindication tests, as shipped: a pack may reword it, never narrow it.
const REQUIRED_CONDITIONS: ReadonlyMap<string, string> = new Map(
  GUIDELINE_PACK.screening.map((rule) => [rule.code, JSON.stringify(rule.when)]),
);

function isContraindicated(level: ScreeningRule["level"]): boolean {
  return typeof level === "string"
    ? level === "contraindicated"
    : level.clinic === "contraindicated" && level.home === "contraindicated";
}

/** Depth rules: unique codes, and no two rules that would both answer for the same area and concern. */
function checkDepthRules(pack: RulePack): Issue[] {
  const issues: Issue[] = [];
  const rules = pack.depth.rules;
  rules.forEach((rule, index) => {
    const at = `depth.rules[${index}]`;
    if (rules.findIndex((other) => other.code === rule.code) !== index) {
      issues.push(
        errorIssue(
          "duplicate-code",
          `${at}.code`,
          `Code "${rule.code}" is used twice in depth.rules`,
        ),
      );
    }
    const earlier = rules
      .slice(0, index)
      .find(
        (other) =>
          other.areas.some((area) => rule.areas.includes(area)) &&
          (other.concerns === undefined
            ? rule.concerns === undefined
            : rule.concerns !== undefined &&
              other.concerns.some((c) => rule.concerns?.includes(c))),
      );
    if (earlier) {
      issues.push(
        errorIssue(
          "overlapping-depth",
          `${at}.areas`,
          `Rule "${rule.code}" covers an area that "${earlier.code}" already covers for the same concerns; change "${earlier.code}" by its code instead`,
        ),
      );
    }
  });
  return issues;
}

function checkSafety(pack: RulePack): Issue[] {
  const issues: Issue[] = [];
  for (const code of REQUIRED_CONTRAINDICATIONS) {
    const index = pack.screening.findIndex((rule) => rule.code === code);
    const rule = pack.screening[index];
    if (!rule) {
      issues.push(
        errorIssue(
          "missing-contraindication",
          "screening",
          `The contraindication "${code}" cannot be removed (rules.md §12.1)`,
        ),
      );
    } else if (!isContraindicated(rule.level)) {
      issues.push(
        errorIssue(
          "softened-contraindication",
          `screening[${index}].level`,
          `"${code}" must stay contraindicated (rules.md §12.1)`,
        ),
      );
    } else if (JSON.stringify(rule.when) !== REQUIRED_CONDITIONS.get(code)) {
      issues.push(
        errorIssue(
          "altered-contraindication",
          `screening[${index}].when`,
          `"${code}" must keep the conditions it has in the shipped packs (rules.md §12.1)`,
        ),
      );
    }
  }
  const deepest = Math.max(...pack.depth.rules.map((rule) => rule.depthMm.max));
  if (deepest >= HOME_MAX_MM && pack.interval.weeks.min * 7 < MIN_DAYS_BETWEEN_DEEP_SESSIONS) {
    issues.push(
      errorIssue(
        "interval-too-short",
        "interval.weeks.min",
        "Sessions at 0.5 mm or deeper must be at least 4 weeks apart (rules.md §12.2)",
      ),
    );
  }
  pack.factors.forEach((factor, index) => {
    const interval = factor.interval;
    if (!interval) return;
    const at = `factors[${index}].interval`;
    if (interval.minWeeks < pack.interval.weeks.min)
      issues.push(
        errorIssue(
          "interval-shortened",
          `${at}.minWeeks`,
          "A factor may lengthen the interval, never shorten it (rules.md §4)",
        ),
      );
    if (
      interval.recommendedWeeks < interval.minWeeks ||
      interval.recommendedWeeks > interval.maxWeeks
    )
      issues.push(
        errorIssue(
          "invalid-range",
          `${at}.recommendedWeeks`,
          "recommendedWeeks must lie between minWeeks and maxWeeks",
        ),
      );
  });
  const home = pack.home;
  if (home.maxMm >= HOME_MAX_MM)
    issues.push(
      errorIssue(
        "home-too-deep",
        "home.maxMm",
        "Without the opt-in, home needling stays below 0.5 mm (rules.md §12.3)",
      ),
    );
  if (home.optInMaxMm > HOME_MAX_MM)
    issues.push(
      errorIssue(
        "home-too-deep",
        "home.optInMaxMm",
        "Home needling never goes deeper than 0.5 mm (rules.md §12.3)",
      ),
    );
  if (home.defaultMm > home.maxMm)
    issues.push(errorIssue("invalid-range", "home.defaultMm", "defaultMm must not exceed maxMm"));
  if (home.maxMm > home.optInMaxMm)
    issues.push(errorIssue("invalid-range", "home.maxMm", "maxMm must not exceed optInMaxMm"));
  return issues;
}

function checkCoverage(pack: RulePack): Issue[] {
  const issues: Issue[] = [];
  for (const area of AREAS) {
    if (!pack.depth.rules.some((rule) => rule.areas.includes(area)))
      issues.push(
        errorIssue("missing-depth", "depth.rules", `No depth rule covers the area "${area}"`),
      );
  }
  for (const concern of CONCERNS) {
    const severities = concern === "acne-scars" ? ACNE_SEVERITIES : [undefined];
    for (const severity of severities) {
      const covered = pack.sessions.some(
        (rule) =>
          rule.concern === concern &&
          !rule.bodyArea &&
          (!rule.severity || (severity !== undefined && rule.severity.includes(severity))),
      );
      if (!covered)
        issues.push(
          errorIssue(
            "missing-sessions",
            "sessions",
            `No session rule covers ${concern}${severity ? ` (${severity})` : ""}`,
          ),
        );
    }
    if (!pack.maintenance.some((rule) => rule.concerns.includes(concern)))
      issues.push(
        errorIssue("missing-maintenance", "maintenance", `No maintenance rule covers ${concern}`),
      );
  }
  return issues;
}
