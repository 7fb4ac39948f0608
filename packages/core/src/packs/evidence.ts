import { mergePack, type PackOverrides } from "../merge-pack.js";
import type { RulePack } from "../rule-pack-schema.js";
import { GUIDELINE_PACK } from "./guideline.js";

const PREFER_SIX = { minWeeks: 4, maxWeeks: 6, recommendedWeeks: 6 } as const;

/** What the evidence pack changes in the guideline: the trial and regulator numbers (rules.md, evidence layer). */
export const EVIDENCE_OVERRIDES: PackOverrides = {
  id: "evidence",
  version: "2026.11.1",
  name: "Evidence",
  description:
    "The numbers of clinical trials, device labelling and regulators where they differ from the guideline: monthly sessions, shorter series, a clinician's decision after isotretinoin.",
  sessions: [
    {
      code: "fine-lines",
      sessions: { min: 3, max: 4 },
      text: "Fine lines: 3–4 sessions a month apart, as in device trials.",
      sources: ["18"],
      evidenceNote: "The guideline plans 3–5.",
    },
    {
      code: "acne-scars.mild",
      sessions: { min: 3, max: 3 },
      text: "Mild acne scars: 3 sessions, the median of the trials.",
      sources: ["2"],
      evidenceNote: "The guideline plans 3–4.",
    },
    { code: "acne-scars.moderate", sources: ["13"], text: "Moderate acne scars: 4–6 sessions." },
    {
      code: "acne-scars.deep",
      sessions: { min: 4, max: 6 },
      text: "Deep acne scars: up to 6 sessions, then a referral for combined treatment.",
      sources: ["2", "7", "conservative"],
      evidenceNote:
        "Trials stop at 6; rules.md gives no lower end for deep scars, so the planner starts from the moderate row's 4. The guideline plans 6–8.",
    },
    {
      code: "stretch-marks",
      sessions: { min: 3, max: 5 },
      reassessAtMax: true,
      text: "Stretch marks: 3–5 sessions a month apart, as in trials.",
      sources: ["8", "17"],
      evidenceNote: "The guideline plans 6–8.",
    },
    {
      code: "body",
      sessions: { min: 3, max: 5 },
      reassessAtMax: true,
      text: "Body areas: 3–5 sessions a month apart, as in trials.",
      sources: ["8", "17"],
      evidenceNote: "The guideline plans 6–8.",
    },
  ],
  interval: {
    defaultWeeks: 4,
    text: "Sessions 4–6 weeks apart; 4 weeks by default, as in the trials (monthly).",
    sources: ["2", "3"],
    evidenceNote: "The guideline defaults to 6 weeks.",
  },
  factors: [
    {
      code: "sensitive-skin",
      interval: PREFER_SIX,
      // Rules.md: "at least 4, prefer 6" for sensitive or reactive skin.
      effect: "at least 4 weeks apart, preferably 6",
      sources: ["10"],
      evidenceNote: "The guideline uses 6–8 weeks.",
    },
    {
      code: "fitzpatrick-4-6",
      interval: PREFER_SIX,
      effect:
        "same number of sessions; first session one depth step lower; at least 4 weeks apart, preferably 6; never 2-weekly (on the body 2-weekly sessions gave dark patches in 22%)",
      sources: ["9", "10", "12"],
      evidenceNote: "The guideline uses 6–8 weeks.",
    },
  ],
  screening: [
    {
      code: "isotretinoin-recent",
      level: "caution",
      advice: "A clinician decides whether to start now.",
      sources: ["11"],
      evidenceNote: "The guideline waits until 6 months after the stop date.",
    },
  ],
  aftercare: [
    {
      code: "no-sweating",
      toDay: 3,
      text: "No sweating, exercise or sauna for 72 hours.",
      sources: ["1"],
      evidenceNote: "The guideline says 48 hours.",
    },
    {
      code: "no-actives",
      toDay: 7,
      text: "No retinol or acids for 5–7 days (the planner counts 7).",
      sources: ["1", "conservative"],
      evidenceNote: "The guideline says 48 hours.",
    },
  ],
  milestones: [
    {
      code: "brighter",
      text: "In the first 1–2 weeks the skin may look brighter: mostly transient swelling and blood flow, not yet new collagen.",
      sources: ["1"],
      evidenceNote: "The guideline promises a brighter look at 1–2 weeks.",
    },
    {
      code: "smoother",
      after: "P1M",
      anchor: "last-session",
      text: "1–3 months after the series: the first measurable change.",
      grade: "B",
      sources: ["18"],
      evidenceNote: "The guideline expects smoother skin 3–4 weeks after the first session.",
    },
    {
      code: "deeper-change",
      after: "P6M",
      anchor: "last-session",
      text: "Improvement continues for 6–12 months after the series.",
      sources: ["7", "15"],
    },
  ],
  maintenance: [
    {
      code: "all",
      concerns: ["glow", "fine-lines"],
      everyMonths: { min: 6, max: 12 },
      text: "For ageing concerns: a maintenance session every 6–12 months.",
      sources: ["1"],
      evidenceNote: "The guideline says every 12–24 months.",
    },
    {
      code: "scars",
      concerns: ["acne-scars", "stretch-marks"],
      reassessAfterMonths: 6,
      text: "For scars and stretch marks: reassess 6 months after the series and add one or two sessions only if improvement has levelled off.",
      grade: "B",
      sources: ["7"],
      evidenceNote: "The guideline says every 12–24 months.",
    },
  ],
  adapt: {
    slowReaction: {
      text: "After a strong or slow reaction the next session waits 2 weeks longer than recommended (4 → 6 weeks by default) and goes one depth step lower.",
      sources: ["10", "conservative"],
      evidenceNote:
        "No trial tested adapting the interval to a reaction. §3 of rules.md prefers 6 weeks over 4 for sensitive skin and ties short intervals to pigmentation (22% at 2 weeks [10]); the planner adds those 2 weeks after a reaction — any redness, swelling or soreness after 72 hours, flaking after day 7, or a severe score in the first 72 hours — and lowers one depth step.",
    },
    strongProgress: {
      sources: ["18", "conservative"],
      evidenceNote:
        "No trial ended a series on self-ratings, and the first measurable change comes 1–3 months after the course [18]: a high rating during the series is an early read. The planner asks for 8 of 10 for every concern and never ends before the low end of the range.",
    },
  },
};

/** The evidence pack: the guideline with the trial and regulator numbers where they differ. */
export const EVIDENCE_PACK: RulePack = mergePack(GUIDELINE_PACK, EVIDENCE_OVERRIDES);
