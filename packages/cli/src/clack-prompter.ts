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

/** Our choices as clack's options. Clack types an option with a conditional type that TypeScript cannot match for a generic value, hence the cast. */
function toOptions<T extends string>(list: readonly Choice<T>[]): never {
  return list.map((choice) =>
    choice.hint === undefined ? { value: choice.value, label: choice.label } : { ...choice },
  ) as never;
}

function answer<T>(clack: Clack, value: unknown): T | Cancelled {
  return clack.isCancel(value) ? CANCELLED : (value as T);
}

async function select<T extends string>(
  clack: Clack,
  question: SelectQuestion<T>,
): Promise<T | Cancelled> {
  const initial =
    question.initialValue === undefined ? {} : { initialValue: question.initialValue };
  return answer<T>(
    clack,
    await clack.select<T>({
      message: question.message,
      options: toOptions(question.options),
      ...initial,
    }),
  );
}

async function multiselect<T extends string>(
  clack: Clack,
  question: MultiselectQuestion<T>,
): Promise<T[] | Cancelled> {
  const initialValues = [...(question.initialValues ?? [])];
  return answer<T[]>(
    clack,
    await clack.multiselect<T>({
      message: question.message,
      options: toOptions(question.options),
      required: question.required,
      initialValues,
    }),
  );
}

/** The questionnaire's prompts on top of @clack/prompts, whose cancel value becomes ours. */
export function makeClackPrompter(clack: Clack): Prompter {
  return {
    intro: (title) => clack.intro(title),
    note: (message, title) => clack.note(message, title),
    outro: (message) => clack.outro(message),
    select: (question) => select(clack, question),
    multiselect: (question) => multiselect(clack, question),
    async text({ message, placeholder, defaultValue, validate }) {
      const optional = {
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(defaultValue === undefined ? {} : { defaultValue }),
        ...(validate === undefined
          ? {}
          : { validate: (value: string | undefined) => validate(value ?? "") }),
      };
      return answer<string>(clack, await clack.text({ message, ...optional }));
    },
    async confirm({ message, initialValue }) {
      return answer<boolean>(clack, await clack.confirm({ message, initialValue }));
    },
  };
}

/** Loads @clack/prompts only now: most runs never ask a question, and the library costs start-up time. */
export async function loadClackPrompter(): Promise<Prompter> {
  return makeClackPrompter(await import("@clack/prompts"));
}
