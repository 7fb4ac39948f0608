import type * as Clack from "@clack/prompts";
import { describe, expect, it } from "vitest";
import { makeClackPrompter } from "./clack-prompter.js";
import { CANCELLED } from "./io.js";

const CANCEL = Symbol("clack-cancel");

/** Just enough of @clack/prompts: each prompt records its options and answers from a queue. */
function fakeClack(answers: unknown[]) {
  const calls: { kind: string; options: Record<string, unknown> }[] = [];
  const next = (kind: string) => (options: Record<string, unknown>) => {
    calls.push({ kind, options });
    return Promise.resolve(answers.shift());
  };
  const clack = {
    isCancel: (value: unknown) => value === CANCEL,
    intro: () => undefined,
    note: () => undefined,
    outro: () => undefined,
    select: next("select"),
    multiselect: next("multiselect"),
    text: next("text"),
    confirm: next("confirm"),
  } as unknown as typeof Clack;
  return { clack, calls };
}

describe("makeClackPrompter", () => {
  it("passes questions through and answers back", async () => {
    const { clack, calls } = fakeClack(["b", ["x"], "34", true]);
    const prompt = makeClackPrompter(clack);
    expect(
      await prompt.select({
        id: "s",
        message: "Pick",
        options: [
          { value: "a", label: "A" },
          { value: "b", label: "B", hint: "the second" },
        ],
      }),
    ).toBe("b");
    expect(
      await prompt.multiselect({
        id: "m",
        message: "Many",
        options: [{ value: "x", label: "X" }],
        required: false,
      }),
    ).toEqual(["x"]);
    expect(
      await prompt.text({
        id: "t",
        message: "Age",
        validate: (value) => (value === "" ? "empty" : undefined),
      }),
    ).toBe("34");
    expect(await prompt.confirm({ id: "c", message: "Sure?", initialValue: false })).toBe(true);
    expect(calls[0]?.options).toEqual({
      message: "Pick",
      options: [
        { value: "a", label: "A" },
        { value: "b", label: "B (the second)" },
      ],
    });
    expect(calls[1]?.options).toMatchObject({ required: false, initialValues: [] });
    const validate = calls[2]?.options.validate as (
      value: string | undefined,
    ) => string | undefined;
    expect(validate(undefined)).toBe("empty");
    expect(calls[3]?.options).toEqual({ message: "Sure?", initialValue: false });
  });

  it("sends every prompt to the given output", async () => {
    const { clack, calls } = fakeClack(["a", [], "x", false]);
    const output = process.stderr;
    const prompt = makeClackPrompter(clack, output);
    await prompt.select({ id: "s", message: "Pick", options: [{ value: "a", label: "A" }] });
    await prompt.multiselect({ id: "m", message: "Many", options: [], required: false });
    await prompt.text({ id: "t", message: "Name" });
    await prompt.confirm({ id: "c", message: "Sure?", initialValue: true });
    expect(calls.map((call) => call.options.output)).toEqual([output, output, output, output]);
  });

  it("turns clack's cancel into ours", async () => {
    const { clack } = fakeClack([CANCEL]);
    expect(await makeClackPrompter(clack).text({ id: "t", message: "Age" })).toBe(CANCELLED);
  });
});
