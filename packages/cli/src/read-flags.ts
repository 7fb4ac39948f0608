import { parseArgs } from "node:util";
import { errorIssue, type Issue } from "@mnplan/core";

export interface FlagSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  readonly short?: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

/** Flags as given: strings (every occurrence, in order) or `true`; positionals; and each misuse. */
export interface Flags {
  readonly strings: ReadonlyMap<string, readonly string[]>;
  readonly booleans: ReadonlySet<string>;
  readonly positionals: readonly string[];
  readonly issues: readonly Issue[];
}

/**
 * Reads command-line flags without stopping at the first mistake: every unknown flag, missing
 * value or repeated single flag becomes an issue whose path is the flag as typed.
 */
export function readFlags(args: readonly string[], specs: FlagSpecs): Flags {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short },
    ]),
  );
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const strings = new Map<string, string[]>();
  const booleans = new Set<string>();
  const positionals: string[] = [];
  const issues: Issue[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = specs[token.name];
    const flag = token.rawName;
    if (spec === undefined) {
      issues.push(errorIssue("unknown-flag", flag, "Unknown flag"));
    } else if (spec.type === "boolean") {
      if (token.value !== undefined)
        issues.push(errorIssue("unexpected-value", flag, "Takes no value"));
      else booleans.add(token.name);
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      issues.push(errorIssue("missing-value", flag, "Needs a value"));
    } else {
      const seen = strings.get(token.name) ?? [];
      if (seen.length > 0 && spec.multiple !== true)
        issues.push(errorIssue("repeated-flag", flag, "Given more than once"));
      strings.set(token.name, [...seen, token.value]);
    }
  }
  return { strings, booleans, positionals, issues };
}

/** The last value of a string flag. */
export function lastString(flags: Flags, name: string): string | undefined {
  return flags.strings.get(name)?.at(-1);
}
