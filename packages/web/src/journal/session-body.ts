import type { Area, PerformedSessionInput } from "@mnplan/core";
import { t } from "../strings";
import { indexOf, topOf } from "./field-errors";
import type { SessionDraft } from "./session-defaults";

/** Input ids of the session form, by the request field they fill. */
export const SESSION_FIELDS = {
  date: "session-date",
  setting: "session-setting",
  device: "session-device",
  depthByArea: "session-depths",
  cartridge: "session-needles",
  passes: "session-passes",
  products: "session-products",
  performedBy: "session-performed-by",
  notes: "session-notes",
} as const;

export const depthId = (area: Area) => `session-depth-${area}`;

const DECIMAL = /^\d+([.,]\d+)?$/;
const WHOLE = /^\d+$/;

/** The body to send for the answers, and the inputs whose text is not a number. */
export function buildSessionBody(
  draft: SessionDraft,
  areas: readonly Area[],
): {
  body: PerformedSessionInput & { depthByArea: { area: Area; depthMm: number }[] };
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  if (draft.date === "") errors[SESSION_FIELDS.date] = t.journal.log.enterDate;
  const depthByArea: { area: Area; depthMm: number }[] = [];
  for (const area of areas) {
    const text = (draft.depths[area] ?? "").trim();
    if (text === "") continue;
    if (DECIMAL.test(text)) depthByArea.push({ area, depthMm: Number(text.replace(",", ".")) });
    else errors[depthId(area)] = t.journal.log.enterNumber;
  }
  const whole = (id: string, text: string): number | undefined => {
    if (text.trim() === "") return undefined;
    if (WHOLE.test(text.trim())) return Number(text.trim());
    errors[id] = t.journal.log.enterWhole;
    return undefined;
  };
  const needles = whole(SESSION_FIELDS.cartridge, draft.needles);
  const passes = whole(SESSION_FIELDS.passes, draft.passes);
  const type = draft.cartridgeType.trim();
  const products = draft.products
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const body = {
    date: draft.date,
    setting: draft.setting,
    device: draft.device,
    depthByArea,
    ...(needles !== undefined || type
      ? { cartridge: { ...(needles === undefined ? {} : { needles }), ...(type ? { type } : {}) } }
      : {}),
    ...(passes === undefined ? {} : { passes }),
    ...(products.length > 0 ? { products } : {}),
    ...(draft.performedBy.trim() ? { performedBy: draft.performedBy.trim() } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
  };
  return { body, errors };
}

/** The input an issue of a session request belongs to. */
export function sessionFieldOf(path: string, areas: readonly Area[]): string | undefined {
  const top = topOf(path);
  if (top === "depthByArea") {
    const index = indexOf(path);
    const area = index === undefined ? undefined : areas[index];
    return area ? depthId(area) : SESSION_FIELDS.depthByArea;
  }
  if (path === "cartridge.type") return "session-cartridge-type";
  return top in SESSION_FIELDS ? SESSION_FIELDS[top as keyof typeof SESSION_FIELDS] : undefined;
}
