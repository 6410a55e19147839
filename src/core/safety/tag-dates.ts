import type { Concept } from "./concept-vocabulary.js";
import type { Word } from "./lemmatize.js";

const DAYS = new Set([
  ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"],
  // ("may" is left out: it is mostly the verb.)
  ...["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"],
  ...["christmas", "thanksgiving", "easter", "halloween", "birthday", "anniversary", "graduation", "holidays", "wedding", "funeral"],
]);
// "after saturday", "come monday": a day set as a deadline, not a day mentioned in passing ("every friday", "file it by friday").
const DEADLINE_WORDS = new Set(["after", "on", "before", "come", "till", "until", "past", "for"]);
const ORDINAL = /^([12]?\d|3[01])(st|nd|rd|th)$/;
const RELATIVE = new Set(["tonight", "tomorrow"]);
const PICKING = new Set(["pick", "choose", "chose", "picked"]);

/** "in 2012", "back in 2009": a year told as the time of what happened is a story from the past. */
export function tagPastYears(words: Word[], add: (concept: Concept, start: number, end: number) => void): void {
  words.forEach((word, i) => {
    if (/^(19|20)\d\d$/.test(word.lower) && words[i - 1]?.lower === "in") add("pastHistory", i - 1, i);
  });
}

/** Tags `timePoint` on a day named as a deadline: a date ("the 14th"), "tonight", or a day after "after", "on", "before" ... */
export function tagTimePoints(words: Word[], add: (concept: Concept, start: number, end: number) => void): void {
  words.forEach((word, i) => {
    if (RELATIVE.has(word.lower) || ORDINAL.test(word.lower)) return add("timePoint", i, i);
    if (!DAYS.has(word.lower)) return;
    // "picked sunday", "chose the 14th": a day picked is a date set.
    if (PICKING.has(words[i - 1]?.lemma ?? "")) add("chosenDate", i - 1, i);
    const before = words[i - 1]?.lower === "the" || words[i - 1]?.pos === "PRON" ? i - 2 : i - 1;
    if (before >= 0 && DEADLINE_WORDS.has(words[before]!.lower)) add("timePoint", before, i);
  });
}
