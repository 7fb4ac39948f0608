/** The treatment areas (rules.md §1) in words, once for the whole app. */
export const areaNames = {
  forehead: "forehead",
  periorbital: "around the eyes",
  cheeks: "cheeks",
  perioral: "around the mouth",
  nose: "nose",
  chin: "chin",
  jawline: "jawline",
  neck: "neck",
  decolletage: "chest (décolletage)",
  hands: "backs of the hands",
  abdomen: "tummy (abdomen)",
  thighs: "thighs",
  hips: "hips",
  buttocks: "buttocks",
  arms: "arms",
  back: "back",
  breasts: "breasts",
} as const;

/** The same names as titles and field labels, starting with a capital. */
export const areaTitles = Object.fromEntries(
  Object.entries(areaNames).map(([area, name]) => [area, name[0]?.toUpperCase() + name.slice(1)]),
) as { readonly [K in keyof typeof areaNames]: string };
