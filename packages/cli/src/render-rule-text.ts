import type { RulePack } from "@mnplan/core";
import type { FoundRule } from "./find-rule.js";
import { GRADE_WORDS } from "./render-explanation-text.js";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapLabelled, wrapText } from "./wrap-text.js";

const MAIN_TEXT = ["text", "message", "effect"];
const SHOWN_ELSEWHERE = new Set(["code", "grade", "sources", "evidenceNote", ...MAIN_TEXT]);
const BOUND_WORDS: Readonly<Record<string, string>> = {
  atLeast: "≥",
  below: "<",
  in: "in",
  is: "is",
  months: "months:",
  of: "any of:",
};

function isRange(value: object): value is { min: number; max: number } {
  return "min" in value && "max" in value && Object.keys(value).length === 2;
}

/** A condition of a rule's `when` in words: `age < 18`, `health pregnant`, `lifestyle smoker is true`. */
function describeCondition(condition: Record<string, unknown>): string {
  const { fact, ...rest } = condition;
  const parts = Object.entries(rest).map(([key, value]) => {
    if (key === "of" && Array.isArray(value))
      return `(${value.map((inner) => describeCondition(inner as Record<string, unknown>)).join(" or ")})`;
    return `${BOUND_WORDS[key] ?? ""} ${formatValue(value)}`.trim();
  });
  return [String(fact), ...parts].join(" ");
}

/** A field's value in words. */
export function formatValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        typeof item === "object" && item !== null && "fact" in item
          ? describeCondition(item as Record<string, unknown>)
          : formatValue(item),
      )
      .join(", ");
  }
  if (isRange(value))
    return value.min === value.max ? String(value.min) : `${value.min}–${value.max}`;
  return Object.entries(value)
    .map(([key, inner]) => `${key} ${formatValue(inner)}`)
    .join(", ");
}

/** A field and its value; a list of sentences gets a line each. */
function renderField(key: string, value: unknown, width: number, column: number): string[] {
  const sentences =
    Array.isArray(value) &&
    value.length > 1 &&
    value.every((item) => typeof item === "string" && item.includes(" "));
  if (!sentences) return [wrapLabelled(key, formatValue(value), width, "  ", column)];
  const indent = " ".repeat(2 + column);
  return [
    `  ${key}`,
    ...(value as string[]).map((item) => wrapText(item, width, `${indent}- `, `${indent}  `)),
  ];
}

/** One rule record: its code and pack, grade, main text, every other field, its sources in full and its evidence note. */
export function renderRuleText(found: FoundRule, pack: RulePack, layout: TextLayout): string {
  const { palette, width } = layout;
  const { record } = found;
  const grade = record.grade as keyof typeof GRADE_WORDS;
  const lines = [
    palette.bold(`${found.rule}`) + palette.dim(`  (${pack.name} rules ${pack.version})`),
    `Grade ${grade}: ${GRADE_WORDS[grade] ?? ""}`,
  ];
  const main = MAIN_TEXT.map((key) => record[key]).find((value) => typeof value === "string");
  if (typeof main === "string") lines.push("", wrapText(main, width, "  ", "  "));
  const details = Object.entries(record).filter(([key]) => !SHOWN_ELSEWHERE.has(key));
  if (details.length > 0) {
    lines.push("");
    const column = Math.max(...details.map(([key]) => key.length)) + 2;
    for (const [key, value] of details) lines.push(...renderField(key, value, width, column));
  }
  if (record.evidenceNote !== undefined)
    lines.push("", wrapText(`${palette.bold("Evidence says:")} ${record.evidenceNote}`, width));
  lines.push(...heading("Sources", layout));
  for (const id of record.sources)
    lines.push(wrapText(`[${id}] ${pack.sources[id] ?? "unknown source"}`, width, "  ", "    "));
  return `${lines.join("\n")}\n`;
}
