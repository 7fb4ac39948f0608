import type { DraftRequest } from "../lib/draft";
import type { Update } from "./edit-request";

/** What every step gets: the answers so far, a way to change them, and the errors shown now. */
export interface StepProps {
  readonly request: DraftRequest;
  readonly update: Update;
  /** Error messages by field id, only once the person has tried to go on. */
  readonly errors: Readonly<Record<string, string>>;
}
