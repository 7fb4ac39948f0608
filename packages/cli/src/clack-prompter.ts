import type * as ClackModule from "@clack/prompts";
import { CANCELLED, type Cancelled, type Choice, type Prompter } from "./io.js";

type Clack = typeof ClackModule;
type ClackOption<T> = { value: T; label: string; hint: string } | { value: T; label: string };

function toOptions<T extends string>(list: readonly Choice<T>[]): ClackOption<T>[] {
  return list.map((choice) =>
    choice.hint === undefined
      ? { value: choice.value, label: choice.label }
      : { value: choice.value, label: choice.label, hint: choice.hint },
  );
}

/** The questionnaire's prompts on top of @clack/prompts, whose cancel value becomes ours. */
export function makeClackPrompter(clack: Clack): Prompter {
  const answer = <T>(value: unknown): T | Cancelled =>
    clack.isCancel(value) ? CANCELLED : (value as T);
  return {
    intro: (title) => clack.intro(title),
    note: (message, title) => clack.note(message, title),
    outro: (message) => clack.outro(message),
    async select<T extends string>(question: {
      message: string;
      options: readonly Choice<T>[];
      initialValue?: T;
    }) {
      const options = toOptions(question.options) as unknown as Parameters<
        typeof clack.select<T>
      >[0]["options"];
      const base = { message: question.message, options };
      return answer<T>(
        await clack.select<T>(
          question.initialValue === undefined
            ? base
            : { ...base, initialValue: question.initialValue },
        ),
      );
    },
    async multiselect<T extends string>(question: {
      message: string;
      options: readonly Choice<T>[];
      required: boolean;
      initialValues?: readonly T[];
    }) {
      const options = toOptions(question.options) as unknown as Parameters<
        typeof clack.multiselect<T>
      >[0]["options"];
      return answer<T[]>(
        await clack.multiselect<T>({
          message: question.message,
          options,
          required: question.required,
          initialValues: question.initialValues ?? [],
        }),
      );
    },
    async text(question) {
      const { message, placeholder, defaultValue, validate } = question;
      return answer<string>(
        await clack.text({
          message,
          ...(placeholder === undefined ? {} : { placeholder }),
          ...(defaultValue === undefined ? {} : { defaultValue }),
          ...(validate === undefined ? {} : { validate: (value) => validate(value ?? "") }),
        }),
      );
    },
    async confirm(question) {
      return answer<boolean>(
        await clack.confirm({ message: question.message, initialValue: question.initialValue }),
      );
    },
  };
}

/** Loads @clack/prompts only now: most runs never ask a question, and the library costs start-up time. */
export async function loadClackPrompter(): Promise<Prompter> {
  return makeClackPrompter(await import("@clack/prompts"));
}
