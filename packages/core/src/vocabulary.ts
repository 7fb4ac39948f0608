// The closed vocabularies of rules.md §1 and contract.md, shared by requests, packs and plans.

export const CONCERNS = ["glow", "fine-lines", "acne-scars", "stretch-marks"] as const;
export type Concern = (typeof CONCERNS)[number];

export const FACE_AREAS = [
  "forehead",
  "periorbital",
  "cheeks",
  "perioral",
  "nose",
  "chin",
  "jawline",
] as const;
export const BODY_AREAS = [
  "abdomen",
  "thighs",
  "hips",
  "buttocks",
  "arms",
  "back",
  "breasts",
] as const;
export const AREAS = [...FACE_AREAS, "neck", "decolletage", "hands", ...BODY_AREAS] as const;
export type Area = (typeof AREAS)[number];

const bodyAreaSet: ReadonlySet<string> = new Set(BODY_AREAS);
/** Whether an area is a body area (rules.md §1). */
export function isBodyArea(area: Area): boolean {
  return bodyAreaSet.has(area);
}

export const ACNE_SEVERITIES = ["mild", "moderate", "deep"] as const;
export type AcneSeverity = (typeof ACNE_SEVERITIES)[number];
/** Acne-scar severity after resolving a Goodman–Baron grade; `macular` (grade 1) is not a needling indication. */
export type ResolvedAcneSeverity = AcneSeverity | "macular";
export const SCAR_TYPES = ["rolling", "boxcar", "ice-pick"] as const;
export const STRETCH_MARK_STAGES = ["red", "white"] as const;

export const SETTINGS = ["clinic", "home"] as const;
export type Setting = (typeof SETTINGS)[number];

export const SENSITIVITIES = ["normal", "sensitive", "reactive"] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const LIFESTYLE_FIELDS = [
  "smoker",
  "dailySunscreen",
  "frequentSun",
  "followsAftercare",
  "regularRoutine",
] as const;
export type LifestyleField = (typeof LIFESTYLE_FIELDS)[number];

/** Yes/no health answers (contract.md); all default to false. */
export const HEALTH_FLAGS = [
  "pregnant",
  "breastfeeding",
  "skinInfection",
  "openWound",
  "coldSoreActive",
  "coldSoreHistory",
  "sunburn",
  "dermatitisFlare",
  "skinCancerInArea",
  "bleedingDisorder",
  "anticoagulants",
  "metalAllergy",
  "anaestheticAllergy",
  "keloids",
  "immunosuppressed",
  "uncontrolledDiabetes",
  "autoimmune",
  "radiotherapyWithin3Months",
  "botoxWithin2Weeks",
  "fillerWithin4Weeks",
] as const;
export type HealthFlag = (typeof HEALTH_FLAGS)[number];

export const ACTIVE_ACNE = ["none", "mild", "moderate-severe"] as const;
export type ActiveAcne = (typeof ACTIVE_ACNE)[number];

/** Screening levels, most severe first: the plan's status is the first one present. */
export const LEVELS = ["contraindicated", "defer", "refer", "caution"] as const;
export type Level = (typeof LEVELS)[number];
export const STATUSES = [...LEVELS, "ok"] as const;
export type PlanStatus = (typeof STATUSES)[number];

/** Evidence grades (rules.md): A regulatory/RCT/systematic review … D clinic or vendor practice. */
export const GRADES = ["A", "B", "C", "D"] as const;
export type Grade = (typeof GRADES)[number];
