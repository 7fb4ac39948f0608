// Every word the app shows lives under this folder, one file per part of the app, so a translation is
// a copy of the folder with the same keys (the `Messages` type makes the compiler check it).
import { en } from "./en";

export type Messages = typeof en;

/** The messages the app shows. One locale today; a second one is another `Messages` object. */
export const t: Messages = en;
