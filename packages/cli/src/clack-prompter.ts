import type { Writable } from "node:stream";
import type * as ClackModule from "@clack/prompts";
import {
  CANCELLED,
  type Cancelled,
  type Choice,
  type MultiselectQuestion,
  type Prompter,
  type SelectQuestion,
} from "./io.js";

type Clack = typeof ClackModule;

/**
 * Our choices as clack's options. Each explanation is written into its label, because clack shows a
 * hint only beside the focused option, and a person choosing a skin type wants to compare them all.
 * (Clack types an option with a conditional type that TypeScript cannot match for a generic value.)
 */
function toOptions<T extends string>(list: readonly Choice<T>[]): never {
  return list.map((choice) => ({
    value: choice.value,
    label: choice.hint === undefined ? choice.label : `${choice.label} (${choice.hint})`,
  })) as never;
}

function answer<T>(clack: Clack, value: unknown): T | Cancelled {
  return clack.isCancel(value) ? CANCELLED : (value as T);
}

async function select<T extends string>(
  clack: Clack,
  question: SelectQuestion<T>,
  common: ClackModule.CommonOptions,
): Promise<T | Cancelled> {
  const initial =
    question.initialValue === undefined ? {} : { initialValue: question.initialValue };
  return answer<T>(
    clack,
    await clack.select<T>({
      message: question.message,
      options: toOptions(question.options),
      ...initial,
      ...common,
    }),
  );
}

async function multiselect<T extends string>(
  clack: Clack,
  question: MultiselectQuestion<T>,
  common: ClackModule.CommonOptions,
): Promise<T[] | Cancelled> {
  const initialValues = [...(question.initialValues ?? [])];
  return answer<T[]>(
    clack,
    await clack.multiselect<T>({
      message: question.message,
      options: toOptions(question.options),
      required: question.required,
      initialValues,
      ...common,
    }),
  );
}

/**
 * The questionnaire's prompts on top of @clack/prompts, whose cancel value becomes ours. With `output`
 * the prompts go there (standard error when the plan itself goes to a file or a pipe).
 */
export function makeClackPrompter(clack: Clack, output?: Writable): Prompter {
  const common = output === undefined ? {} : { output };
  return {
    intro: (title) => clack.intro(title, common),
    note: (message, title) => clack.note(message, title, common),
    outro: (message) => clack.outro(message, common),
    select: (question) => select(clack, question, common),
    multiselect: (question) => multiselect(clack, question, common),
    async text({ message, placeholder, defaultValue, validate }) {
      const optional = {
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(defaultValue === undefined ? {} : { defaultValue }),
        ...(validate === undefined
          ? {}
          : { validate: (value: string | undefined) => validate(value ?? "") }),
      };
      return answer<string>(clack, await clack.text({ message, ...optional, ...common }));
    },
    async confirm({ message, initialValue }) {
      return answer<boolean>(clack, await clack.confirm({ message, initialValue, ...common }));
    },
  };
}

/**
 * Loads @clack/prompts only now: most runs never ask a question, and the library costs start-up time.
 * When standard output is not a terminal, the questions go to standard error so that the person still
 * sees them.
 */
export async function loadClackPrompter(stdoutIsTerminal: boolean): Promise<Prompter> {
  return makeClackPrompter(
    await import("@clack/prompts"),
    stdoutIsTerminal ? undefined : process.stderr,
  );
}
