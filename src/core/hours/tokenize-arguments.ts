// A mention is a reference by now (the adapter read it), which holds no space: it is one word like any other.
const WORD = /\S+/g;

/** Splits command text into words. */
export function tokenizeArguments(text: string): string[] {
  return text.match(WORD) ?? [];
}
