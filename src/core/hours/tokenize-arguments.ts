// A Slack mention may hold a display name with spaces (<@U1|Sam Lee>): it stays one word.
const WORD = /<@[^>]+>|\S+/g;

/** Splits command text into words, keeping platform mentions whole. */
export function tokenizeArguments(text: string): string[] {
  return text.match(WORD) ?? [];
}
