export const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** `Tue`, `tuesday`, `Tuesdays` -> 2. */
export function weekdayNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/s$/, "");
  const index = WEEKDAY_NAMES.findIndex((name) => w.length >= 3 && name.startsWith(w));
  return index >= 0 ? index : undefined;
}

/** `Jan`, `january` -> 1. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const index = MONTH_NAMES.findIndex((name) => w.length >= 3 && name.startsWith(w));
  return index >= 0 ? index + 1 : undefined;
}

/** `1st`, `2nd`, `third`, `last` -> 1, 2, 3, -1. */
export function ordinalNumber(word: string): number | undefined {
  const spelled = ["first", "second", "third", "fourth", "fifth"].indexOf(word.toLowerCase());
  if (spelled >= 0) return spelled + 1;
  if (word.toLowerCase() === "last") return -1;
  const match = /^(\d{1,2})(st|nd|rd|th)?$/i.exec(word);
  return match ? Number(match[1]) : undefined;
}

/** Words joined the way people list them: `Monday, Wednesday and Friday`. */
export function listWords(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((w) => w.trim())
    .filter(Boolean);
}
