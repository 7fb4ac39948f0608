/** One piece of a printed document, as plain text: the PDF draws these in order. */
export type PrintBlockKind =
  "title" | "meta" | "heading" | "subheading" | "lead" | "paragraph" | "bullet" | "note";

export interface PrintBlock {
  readonly kind: PrintBlockKind;
  readonly text: string;
}
