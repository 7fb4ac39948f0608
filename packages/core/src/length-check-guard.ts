import type * as z from "zod";

// Zod runs a length check (min, max, length) on any value that has a `length`, even one its type
// check has already refused. A JSON body can send {"length": {"toString": ""}} where a list or a
// text is expected, and comparing that length with a number then throws inside zod: a 500 at the
// API, a crash in the CLI. Every length check on input passes one of these, so it runs only on the
// type it was written for and the type check's own issue is the answer.
//
// `when` is part of a check's definition in zod 4 (core's $ZodCheckDef) and is passed through from
// the options, but the typed options of .min() and .max() leave it out; `abort: false` (zod's own
// default) is what gives these objects a type those options accept.

type Payload = z.core.ParsePayload;

/** Options for a length check on a string: `z.string().max(200, ON_TEXT)`. */
export const ON_TEXT = {
  abort: false,
  when: (payload: Payload) => typeof payload.value === "string",
};

/** Options for a length check on an array: `z.array(Item).min(1, ON_LIST)`. */
export const ON_LIST = {
  abort: false,
  when: (payload: Payload) => Array.isArray(payload.value),
};
