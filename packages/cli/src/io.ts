// The world the CLI talks to, passed in as a value so that tests can give it an in-memory one.

/** A questionnaire answer the person backed out of (Ctrl-C). */
export const CANCELLED: unique symbol = Symbol("cancelled");
export type Cancelled = typeof CANCELLED;

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** A question; `id` names it so that a test can answer it. */
interface Question {
  readonly id: string;
  readonly message: string;
}

export interface SelectQuestion<T extends string> extends Question {
  readonly options: readonly Choice<T>[];
  readonly initialValue?: T;
}

export interface MultiselectQuestion<T extends string> extends Question {
  readonly options: readonly Choice<T>[];
  readonly required: boolean;
  readonly initialValues?: readonly T[];
}

export interface TextQuestion extends Question {
  readonly placeholder?: string;
  readonly defaultValue?: string;
  /** A problem with the answer to show, or undefined when it is fine. */
  readonly validate?: (value: string) => string | undefined;
}

export interface ConfirmQuestion extends Question {
  readonly initialValue: boolean;
}

/** The prompts the questionnaire uses; each answer may be CANCELLED. */
export interface Prompter {
  intro(title: string): void;
  note(message: string, title: string): void;
  outro(message: string): void;
  select<T extends string>(question: SelectQuestion<T>): Promise<T | Cancelled>;
  multiselect<T extends string>(question: MultiselectQuestion<T>): Promise<T[] | Cancelled>;
  text(question: TextQuestion): Promise<string | Cancelled>;
  confirm(question: ConfirmQuestion): Promise<boolean | Cancelled>;
}

export interface Io {
  readonly stdin: { readonly isTTY: boolean; read(): Promise<string> };
  readonly stdout: { readonly isTTY: boolean; write(text: string): void };
  readonly stderr: { write(text: string): void };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current instant, milliseconds since the epoch. */
  now(): number;
  readFile(path: string): Promise<string>;
  /** Replaces the file's content as one step: no reader ever sees half a file. */
  writeFile(path: string, data: string): Promise<void>;
  /** The questionnaire's prompts; when missing, the terminal prompts are loaded on first use. */
  readonly prompt?: Prompter;
}
