import { UserError } from "../commands/user-error.js";

/** One argument: its text without the quotes around it, and where it stood in the typed text. */
export interface ArgumentWord {
  text: string;
  /** Written in quotes, so it was meant as one value even if it holds spaces or looks like a keyword. */
  quoted: boolean;
  start: number;
  end: number;
}

// Straight and typographic double quotes; „…“ is the German pair, so “ may also close.
const DOUBLE_OPEN = new Set(['"', "\u201C", "\u201E"]);
const DOUBLE_CLOSE = new Set(['"', "\u201D", "\u201C"]);
const SINGLE_OPEN = new Set(["'", "\u2018"]);
const SINGLE_CLOSE = new Set(["'", "\u2019"]);
// A single quote closes only where a word ends, so the apostrophes in "Sam's" or "don't" stay text.
const WORD_END = /^(?:[\s,.;:!?)]|$)/;
const SPACE = /\s/;

/**
 * Splits command text into words. Words in double quotes ("…", “…”) are one word; so are words in single quotes
 * ('…', ‘…’) where a closing quote ends a word, else the quote is an apostrophe. A quote inside a word is text
 * (12" ruler, month's). A mention is a reference by now (the adapter read it), which holds no space.
 */
export function readArguments(text: string): ArgumentWord[] {
  const words: ArgumentWord[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let word = "";
    let quoted = false;
    while (i < text.length && !SPACE.test(text[i]!)) {
      const c = text[i]!;
      if (i === start && DOUBLE_OPEN.has(c)) {
        const close = indexOfAny(text, DOUBLE_CLOSE, i + 1);
        if (close < 0) throw unbalancedQuote(text.slice(i));
        word += text.slice(i + 1, close);
        quoted = true;
        i = close + 1;
      } else if (i === start && SINGLE_OPEN.has(c) && singleClose(text, i + 1) >= 0) {
        const close = singleClose(text, i + 1);
        word += text.slice(i + 1, close);
        quoted = true;
        i = close + 1;
      } else {
        word += c;
        i++;
      }
    }
    words.push({ text: word, quoted, start, end: i });
  }
  return words;
}

/** The words alone, for parsers that read keywords and values in any order. */
export function tokenizeArguments(text: string): string[] {
  return readArguments(text).map((w) => w.text);
}

/**
 * Free text at the end of a command (a message, a note, a question) keeps its own quotes, except that text wholly
 * in one pair of quotes is taken without them: `"Team call"` posts Team call.
 */
export function unquoteFreeText(text: string): string {
  const trimmed = text.trim();
  const words = readArgumentsLeniently(trimmed);
  return words.length === 1 && words[0]!.quoted && words[0]!.end === trimmed.length ? words[0]!.text.trim() : trimmed;
}

function readArgumentsLeniently(text: string): ArgumentWord[] {
  try {
    return readArguments(text);
  } catch {
    return [];
  }
}

function indexOfAny(text: string, chars: Set<string>, from: number): number {
  for (let i = from; i < text.length; i++) if (chars.has(text[i]!)) return i;
  return -1;
}

function singleClose(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (SINGLE_CLOSE.has(text[i]!) && WORD_END.test(text.slice(i + 1, i + 2))) return i;
  }
  return -1;
}

function unbalancedQuote(opened: string): UserError {
  const shown = opened.length > 40 ? `${opened.slice(0, 40)}…` : opened;
  return new UserError(
    "arguments.unbalanced-quote",
    `The quote at ${shown} is never closed. Put a quote at both ends of the words that belong together, e.g. "every Monday at 9:00", or leave the quotes out.`,
  );
}
