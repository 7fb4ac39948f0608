import { SHIPPED_PACKS, errorIssue, type RulePack } from "@mnplan/core";
import { makePalette, wantsColour } from "./colour.js";
import { invalid, reportFailure, reportInvalid, type Outcome } from "./failure.js";
import { findRules, RULE_GROUPS, suggestRules, type FoundRule } from "./find-rule.js";
import { RULES_HELP } from "./help-text.js";
import type { Io } from "./io.js";
import { choosePack, loadPackFile } from "./load-pack-file.js";
import { lastString, readFlags, type Flags } from "./read-flags.js";
import { renderRuleText } from "./render-rule-text.js";
import { TEXT_WIDTH, wrapText } from "./wrap-text.js";
import { validateCommand } from "./validate-command.js";

const FLAGS = {
  rules: { type: "string" },
  format: { type: "string", short: "f" },
  help: { type: "boolean", short: "h" },
} as const;

function readFormat(flags: Flags): Outcome<"text" | "json"> {
  const format = lastString(flags, "format") ?? "text";
  if (format === "text" || format === "json") return { ok: true, value: format };
  return invalid([
    errorIssue("invalid-format", "--format", `"${format}" is not a format here; use text or json`),
  ]);
}

async function listCommand(flags: Flags, io: Io): Promise<number> {
  const format = readFormat(flags);
  if (!format.ok) return reportFailure(io, format.failure);
  const packs: RulePack[] = [SHIPPED_PACKS.guideline, SHIPPED_PACKS.evidence];
  const file = lastString(flags, "rules");
  if (file !== undefined) {
    const loaded = await loadPackFile(file, io, "--rules");
    if (!loaded.ok) return reportFailure(io, loaded.failure);
    packs.push(loaded.value);
  }
  if (format.value === "json") {
    io.stdout.write(
      `${JSON.stringify(
        packs.map((pack) => ({
          id: pack.id,
          version: pack.version,
          name: pack.name,
          description: pack.description,
          shipped: pack === SHIPPED_PACKS.guideline || pack === SHIPPED_PACKS.evidence,
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const palette = makePalette(wantsColour(io));
  const blocks = packs.map(
    (pack) =>
      `${palette.bold(pack.id)}  ${pack.version}  ${pack.name}\n${wrapText(pack.description, TEXT_WIDTH, "  ", "  ")}`,
  );
  io.stdout.write(`${blocks.join("\n\n")}\n`);
  return 0;
}

/** Found rules as JSON: each record with its sources cited in full. */
function rulesAsJson(found: readonly FoundRule[], pack: RulePack): string {
  const cite = (ids: readonly string[]) =>
    Object.fromEntries(ids.map((id) => [id, pack.sources[id] ?? "unknown source"]));
  const rules = found.map((one) => ({
    rule: one.rule,
    group: one.group,
    record: one.record,
    sources: cite(one.record.sources),
  }));
  return `${JSON.stringify({ pack: { id: pack.id, version: pack.version, name: pack.name }, rules }, null, 2)}\n`;
}

async function showCommand(code: string | undefined, flags: Flags, io: Io): Promise<number> {
  const format = readFormat(flags);
  if (!format.ok) return reportFailure(io, format.failure);
  if (code === undefined)
    return reportInvalid(
      io,
      "required",
      "CODE",
      "Give a rule's code, e.g. mnplan rules show sessions.acne-scars.moderate",
    );
  const chosen = await choosePack(lastString(flags, "rules") ?? "guideline", io);
  if (!chosen.ok) return reportFailure(io, chosen.failure);
  const pack = chosen.value.pack;
  const found = findRules(pack, code);
  if (found.length === 0) {
    const hints = suggestRules(pack, code);
    const hint =
      hints.length > 0
        ? `; did you mean ${hints.join(", ")}?`
        : `; groups: ${RULE_GROUPS.join(", ")}`;
    return reportInvalid(
      io,
      "unknown-rule",
      code,
      `No rule with this code in the ${pack.id} pack${hint}`,
    );
  }
  if (format.value === "json") io.stdout.write(rulesAsJson(found, pack));
  else
    io.stdout.write(
      found
        .map((one) =>
          renderRuleText(one, pack, { palette: makePalette(wantsColour(io)), width: TEXT_WIDTH }),
        )
        .join("\n"),
    );
  return 0;
}

/** `mnplan rules list | show CODE | validate FILE`. */
export async function runRulesCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = readFlags(args, FLAGS);
  const [action, target, ...extra] = flags.positionals;
  if (flags.booleans.has("help") || action === undefined) {
    io.stdout.write(RULES_HELP);
    return flags.booleans.has("help") ? 0 : 2;
  }
  const issues = [
    ...flags.issues,
    ...extra.map((word) => errorIssue("unexpected-argument", word, "Unexpected argument")),
  ];
  if (action === "list" && target !== undefined)
    issues.push(errorIssue("unexpected-argument", target, "Unexpected argument"));
  if (issues.length > 0) return reportFailure(io, invalid(issues).failure);
  switch (action) {
    case "list":
      return listCommand(flags, io);
    case "show":
      return showCommand(target, flags, io);
    case "validate":
      return validateCommand(target, io);
    default:
      return reportInvalid(
        io,
        "unknown-command",
        action,
        "Unknown command; use rules list, rules show CODE or rules validate FILE",
      );
  }
}
