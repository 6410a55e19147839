import fc from "fast-check";

/**
 * Words an attacker or an unlucky partner types: every number form (NaN, Infinity, signs, ½, full-width and
 * Arabic-Indic digits, exponents, huge values), dates of every era, mentions, cron fields, zones, and control
 * characters. Mixed with arbitrary Unicode, so generated lines reach deep into each parser.
 */
const WORDS = [
  "0", "-0", "+2", "1.5", ".25", "24", "24.0001", "1e3", "NaN", "Infinity", "-Infinity", "½", "２", "١٢", "99999999999999999999",
  "1h61m", "1:60", "1:30", "90m", "2h", "2 hours", "h", "m", "-", "+", ".", ":", "0x10",
  "work", "supervision", "ceu", "ethics", "training", "group", "individual", "with", "note", "on",
  "today", "yesterday", "2026-11-20", "1900-01-01", "0001-01-01", "9999-12-31", "2027-02-30", "11/20", "13/45/2026", "2024-02-29",
  "@sam", "<@U024BE7LH>", "<@80351110224678912>", "<@!1>", "<#C024BE7LR|network>", "<#80351110224678912>", "#network", "@", "<@>",
  "every", "Monday", "day", "weekday", "monthly", "quarterly", "the", "1st", "2nd", "last", "Friday", "of", "January", "at", "9:00", "25:00",
  "2:30pm", "in", "America/New_York", "Mars/Base", "UTC", "cron", '"* * * * *"', '"0 9 * * 1"', '"*/0 * * * *"', '"60 * * * *"', "*/5",
  "state", "MT", "CA", "NC", "track", "mt-candidate", "certified", "renewal", "none",
  "list", "preview", "add", "remove", "weekly", "off", "undo", "edit", "delete", "export", "confirm", "pending", "report", "csv", "cycle",
  "1", "12", "-1", "999999999999", "going", "maybe", "cancel", "rsvp", "ics",
  "\r", "\t", "\u0000", "\u0007", "\u001b[31m", "\u200b", "\u202e", "\ufeff", '"', "'", "\\", "`", "%s", "${x}", "<script>",
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Arguments of a command: a few words joined by assorted spaces. */
export const hostileArguments = fc.array(word, { maxLength: 10 }).chain((words) =>
  fc.array(fc.constantFrom(" ", " ", " ", "  ", "\t", "\u00a0"), { minLength: words.length, maxLength: words.length }).map((spaces) =>
    words.map((w, i) => `${w}${i < words.length - 1 ? spaces[i] : ""}`).join(""),
  ),
);

/** A single word, for parsers that take one (a duration, a date, a mention). */
export const hostileWord = word;

/** Runs per parser: the issue asks for at least 10,000 generated inputs each. */
export const RUNS_PER_PARSER = 10_000;
