import { formatDate } from "../lib/format-date";

/** A sentence from the server with every YYYY-MM-DD date in it written for people. */
export function formatDatesIn(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate);
}
