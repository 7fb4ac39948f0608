/**
 * One line for an unexpected error (a bug, not a user's mistake): its message, or with
 * MNPLAN_DEBUG=1 its stack.
 */
export function describeCrash(
  error: unknown,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const debug = env.MNPLAN_DEBUG === "1";
  if (!(error instanceof Error)) return `mnplan: unexpected error: ${String(error)}\n`;
  if (debug) return `mnplan: unexpected error: ${error.stack ?? error.message}\n`;
  return `mnplan: unexpected error: ${error.message} (set MNPLAN_DEBUG=1 for details)\n`;
}
