import { errorIssue, loadRulePack, SHIPPED_PACKS, type RulePack } from "@mnplan/core";
import { describeFileError } from "./describe-file-error.js";
import { failed, invalid, type Outcome } from "./failure.js";
import type { Io } from "./io.js";
import { parseJson } from "./parse-json.js";

/** A `--rules` choice: the pack, and the custom packs the planner needs to know about. */
export interface PackChoice {
  readonly pack: RulePack;
  readonly packs: Readonly<Record<string, RulePack>>;
}

const looksLikePath = (value: string): boolean => /[/\\]/.test(value) || /\.json$/i.test(value);

/** Validates the text of a custom rule pack file (rules.md §12). */
export function loadPackText(text: string, path: string): Outcome<RulePack> {
  const json = parseJson(text, path);
  if (!json.ok) return invalid([json.issue], `The rule pack file ${path} is not valid JSON:`);
  const loaded = loadRulePack(json.value);
  if (loaded.ok) return { ok: true, value: loaded.value };
  const count = loaded.issues.length;
  return invalid(
    loaded.issues,
    `The rule pack in ${path} is not valid (${count} problem${count > 1 ? "s" : ""}):`,
  );
}

/** Reads and validates a custom rule pack file; a file that cannot be read is a failure at `flag`. */
export async function loadPackFile(path: string, io: Io, flag: string): Promise<Outcome<RulePack>> {
  try {
    return loadPackText(await io.readFile(path), path);
  } catch (error) {
    return failed(flag, `Cannot read the rule pack file ${path}: ${describeFileError(error)}`);
  }
}

/**
 * Resolves a `--rules` value: a shipped pack's id, or the path of a custom pack file. A bare word that
 * is neither a shipped id nor a readable file is taken as a mistyped id (invalid input).
 */
export async function choosePack(value: string, io: Io): Promise<Outcome<PackChoice>> {
  if (value === "guideline" || value === "evidence")
    return { ok: true, value: { pack: SHIPPED_PACKS[value], packs: {} } };
  let text: string;
  try {
    text = await io.readFile(value);
  } catch (error) {
    if (looksLikePath(value))
      return failed(
        "--rules",
        `Cannot read the rule pack file ${value}: ${describeFileError(error)}`,
      );
    return invalid([
      errorIssue(
        "unknown-rule-pack",
        "--rules",
        `No rule pack "${value}": use guideline, evidence or the path of a pack file (.json)`,
      ),
    ]);
  }
  const loaded = loadPackText(text, value);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { pack: loaded.value, packs: { [loaded.value.id]: loaded.value } } };
}
