// The world the CLI talks to, passed in as a value so that tests can give it an in-memory one.

/** A questionnaire answer the person backed out of (Ctrl-C). */
export const CANCELLED: unique symbol = Symbol("cancelled");
export type Cancelled = typeof CANCELLED;

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** The questions the questionnaire asks; `id` names the question so a test can answer it. */
export interface Prompter {
  intro(title: string): void;
  note(message: string, title: string): void;
  outro(message: string): void;
  select<T extends string>(question: {
    readonly id: string;
    readonly message: string;
    readonly options: readonly Choice<T>[];
    readonly initialValue?: T;
  }): Promise<T | Cancelled>;
  multiselect<T extends string>(question: {
    readonly id: string;
    readonly message: string;
    readonly options: readonly Choice<T>[];
    readonly required: boolean;
    readonly initialValues?: readonly T[];
  }): Promise<T[] | Cancelled>;
  text(question: {
    readonly id: string;
    readonly message: string;
    readonly placeholder?: string;
    readonly defaultValue?: string;
    readonly validate?: (value: string) => string | undefined;
  }): Promise<string | Cancelled>;
  confirm(question: {
    readonly id: string;
    readonly message: string;
    readonly initialValue: boolean;
  }): Promise<boolean | Cancelled>;
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
