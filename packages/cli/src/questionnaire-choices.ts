// The questionnaire's choices in plain words, for someone who has never seen a plan request.
import type { Area, Concern, Sensitivity, Setting, Weekday } from "@mnplan/core";
import type { Choice } from "./io.js";
import type { AcneGrade, Habit, HealthAnswer } from "./questionnaire-answers.js";

export const CONCERN_CHOICES: readonly Choice<Concern>[] = [
  {
    value: "glow",
    label: "A general refresh",
    hint: "dull skin, uneven texture, large-looking pores",
  },
  {
    value: "fine-lines",
    label: "Fine lines and wrinkles",
    hint: "fine lines, crepey skin, early sagging",
  },
  { value: "acne-scars", label: "Acne scars", hint: "dips or pits left by acne" },
  {
    value: "stretch-marks",
    label: "Stretch marks",
    hint: "lines on the body from growth, pregnancy or weight change",
  },
];

const FACE: readonly Choice<Area>[] = [
  { value: "forehead", label: "Forehead" },
  { value: "periorbital", label: "Around the eyes" },
  { value: "cheeks", label: "Cheeks" },
  { value: "perioral", label: "Around the mouth" },
  { value: "nose", label: "Nose" },
  { value: "chin", label: "Chin" },
  { value: "jawline", label: "Jawline" },
  { value: "neck", label: "Neck" },
  { value: "decolletage", label: "Chest (décolletage)" },
  { value: "hands", label: "Backs of the hands" },
];
const BODY: readonly Choice<Area>[] = [
  { value: "abdomen", label: "Tummy (abdomen)" },
  { value: "thighs", label: "Thighs" },
  { value: "hips", label: "Hips" },
  { value: "buttocks", label: "Buttocks" },
  { value: "arms", label: "Arms" },
  { value: "back", label: "Back" },
  { value: "breasts", label: "Breasts" },
];

/** Areas, the likely ones first: the body for stretch marks, the face for the rest. */
export function areaChoices(concern: Concern): readonly Choice<Area>[] {
  return concern === "stretch-marks" ? [...BODY, ...FACE] : [...FACE, ...BODY];
}

export const ACNE_GRADE_CHOICES: readonly Choice<AcneGrade>[] = [
  { value: "mild", label: "Mild", hint: "shallow; seen mostly in side light; make-up covers them" },
  {
    value: "moderate",
    label: "Moderate",
    hint: "seen at a normal distance; they flatten when the skin is stretched",
  },
  {
    value: "deep",
    label: "Deep",
    hint: "pits or narrow holes that stay when the skin is stretched",
  },
  { value: "flat", label: "Flat marks only", hint: "red or brown marks with no dip in the skin" },
];

export const SCAR_TYPE_CHOICES: readonly Choice<"rolling" | "boxcar" | "ice-pick" | "unsure">[] = [
  { value: "unsure", label: "Not sure, or a mix" },
  { value: "rolling", label: "Rolling", hint: "soft, wave-like dips" },
  { value: "boxcar", label: "Boxcar", hint: "round or oval dips with sharp edges" },
  { value: "ice-pick", label: "Ice-pick", hint: "narrow, deep holes" },
];

export const GLOGAU_CHOICES: readonly Choice<"1" | "2" | "3" | "4" | "unsure">[] = [
  { value: "unsure", label: "Not sure" },
  {
    value: "1",
    label: "Hardly any lines",
    hint: "early sun damage, no wrinkles (typically 20s–30s)",
  },
  {
    value: "2",
    label: "Lines when my face moves",
    hint: "smile lines, crow's feet (typically 30s–40s)",
  },
  { value: "3", label: "Lines even when my face is still", hint: "typically 50s and over" },
  { value: "4", label: "Wrinkles almost everywhere", hint: "little unlined skin left" },
];

export const STAGE_CHOICES: readonly Choice<"red" | "white" | "unsure">[] = [
  { value: "unsure", label: "Not sure, or both" },
  { value: "red", label: "Red or purple", hint: "newer marks" },
  { value: "white", label: "White or silvery", hint: "older marks" },
];

export const FITZPATRICK_CHOICES: readonly Choice<"1" | "2" | "3" | "4" | "5" | "6">[] = [
  { value: "1", label: "Type I", hint: "very pale; always burns, never tans" },
  { value: "2", label: "Type II", hint: "fair; usually burns, tans with difficulty" },
  { value: "3", label: "Type III", hint: "medium; sometimes burns, tans gradually" },
  { value: "4", label: "Type IV", hint: "olive or light brown; rarely burns, tans easily" },
  { value: "5", label: "Type V", hint: "brown; very rarely burns" },
  { value: "6", label: "Type VI", hint: "dark brown or black; never burns" },
];

export const SENSITIVITY_CHOICES: readonly Choice<Sensitivity>[] = [
  { value: "normal", label: "Normal", hint: "new products rarely sting or redden it" },
  { value: "sensitive", label: "Sensitive", hint: "some products sting or redden it" },
  { value: "reactive", label: "Reactive", hint: "it reddens, flares or breaks out easily" },
];

export const HABIT_CHOICES: readonly Choice<Habit>[] = [
  { value: "smoker", label: "I smoke" },
  { value: "no-sunscreen", label: "I don't use sunscreen every day" },
  { value: "frequent-sun", label: "I'm often out in strong sun" },
  { value: "skips-aftercare", label: "I don't always manage to follow aftercare advice" },
  { value: "irregular-routine", label: "My skin-care routine is irregular" },
];

/** Health questions in three groups, each asked as "any of these?". */
export const HEALTH_GROUPS: readonly {
  readonly title: string;
  readonly choices: readonly Choice<HealthAnswer>[];
}[] = [
  {
    title: "Right now, do any of these apply to you?",
    choices: [
      { value: "pregnant", label: "Pregnant" },
      { value: "breastfeeding", label: "Breastfeeding" },
      { value: "isotretinoin-current", label: "Taking isotretinoin", hint: "Roaccutane, Accutane" },
      { value: "isotretinoin-recent", label: "Stopped isotretinoin in the last 6 months" },
      { value: "anticoagulants", label: "Taking blood thinners" },
      { value: "botoxWithin2Weeks", label: "Botox in the last 2 weeks" },
      { value: "fillerWithin4Weeks", label: "Filler in the last 4 weeks" },
      {
        value: "radiotherapyWithin3Months",
        label: "Radiotherapy to the area in the last 3 months",
      },
    ],
  },
  {
    title: "On the skin to be treated, is there any of these now?",
    choices: [
      { value: "acne-mild", label: "A few spots or blackheads" },
      { value: "acne-moderate-severe", label: "Inflamed or cystic acne" },
      { value: "skinInfection", label: "A skin infection" },
      { value: "openWound", label: "An open wound or sore" },
      { value: "coldSoreActive", label: "A cold sore" },
      { value: "sunburn", label: "Sunburn" },
      { value: "dermatitisFlare", label: "An eczema, psoriasis or rosacea flare" },
      { value: "skinCancerInArea", label: "Skin cancer" },
    ],
  },
  {
    title: "Do any of these apply to you in general?",
    choices: [
      { value: "coldSoreHistory", label: "I get cold sores" },
      { value: "keloids", label: "I scar easily (raised or keloid scars)" },
      { value: "bleedingDisorder", label: "A bleeding disorder" },
      { value: "metalAllergy", label: "Allergy to metal (stainless steel)" },
      { value: "anaestheticAllergy", label: "Allergy to numbing creams or anaesthetics" },
      {
        value: "immunosuppressed",
        label: "A weakened immune system",
        hint: "illness or medicines",
      },
      { value: "uncontrolledDiabetes", label: "Diabetes that is not under control" },
      { value: "autoimmune", label: "An autoimmune disease" },
    ],
  },
];

export const SETTING_CHOICES: readonly Choice<Setting>[] = [
  { value: "clinic", label: "At a clinic", hint: "by a professional" },
  { value: "home", label: "At home", hint: "with my own pen or roller" },
];

export const WEEKDAY_CHOICES: readonly Choice<Weekday>[] = [
  { value: "mon", label: "Monday" },
  { value: "tue", label: "Tuesday" },
  { value: "wed", label: "Wednesday" },
  { value: "thu", label: "Thursday" },
  { value: "fri", label: "Friday" },
  { value: "sat", label: "Saturday" },
  { value: "sun", label: "Sunday" },
];
