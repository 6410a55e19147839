import type { Reference } from "./reference.js";

// A reference travels inside text between two private-use characters, which no platform's syntax uses, its parts
// URI-encoded so it holds no space (it stays one word for the argument tokenizer) and no marker. Adapters turn their
// syntax into this on the way in and this into their syntax on the way out; the core only reads and writes it.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const TOKEN = /\uE000(user|channel)\|([^|\uE000\uE001\s]+)\|([^|\uE000\uE001\s]+)\|([^|\uE000\uE001\s]*)\uE001/g;

/** A reference as a piece of reply or request text. */
export function referenceText(ref: Reference): string {
  // `'` too: the argument tokenizer reads it as a quote.
  const part = (s: string): string => encodeURIComponent(s).replace(/'/g, "%27");
  return `${OPEN}${ref.kind}|${part(ref.platform)}|${part(ref.id)}|${part(ref.name ?? "")}${CLOSE}`;
}

/** The reference a whole word is, if it is one. */
export function readReference(word: string): Reference | undefined {
  const match = new RegExp(`^${TOKEN.source}$`).exec(word);
  return match ? toReference(match) : undefined;
}

/**
 * Text with each reference replaced by `render(ref)` and everything else by `literal(piece)` (an adapter's escaping).
 * A malformed marker is left to `literal` as ordinary text.
 */
export function mapReferences(text: string, render: (ref: Reference) => string, literal: (piece: string) => string = (s) => s): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    out += literal(text.slice(last, match.index)) + render(toReference(match));
    last = match.index + match[0].length;
  }
  return out + literal(text.slice(last));
}

function toReference(match: RegExpMatchArray): Reference {
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const name = decode(match[4]!);
  return { kind: match[1] as Reference["kind"], platform: decode(match[2]!), id: decode(match[3]!), ...(name ? { name } : {}) };
}

/**
 * Text with each reference as the plain words it stands for, for reading the text rather than showing it (answering a
 * question): a person by name or as "someone", a channel by name or as "the channel".
 */
export function referencesAsWords(text: string): string {
  return mapReferences(text, (ref) => ref.name ?? (ref.kind === "user" ? "someone" : "the channel"));
}
