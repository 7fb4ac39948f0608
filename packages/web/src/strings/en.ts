import { calendar } from "./en-calendar";
import { common } from "./en-common";
import { home } from "./en-home";
import { journal } from "./en-journal";
import { myData } from "./en-my-data";
import { plan } from "./en-plan";
import { print } from "./en-print";
import { progress } from "./en-progress";
import { questionnaire } from "./en-questionnaire";

/** English, the app's first language. */
export const en = { common, home, questionnaire, plan, calendar, journal, progress, print, myData };
