import { CHAT_SYNONYMS } from "./chat-synonyms.js";

const PHRASES = Object.keys(CHAT_SYNONYMS)
  .filter((k) => k.includes(" "))
  .sort((a, b) => b.length - a.length);

/** Lowercases, unifies apostrophes and dashes, and rewrites chat shorthand into the knowledge base's words. */
export function normalizeText(text: string): string {
  let t = ` ${text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/[\u2013\u2014]/g, " ")} `;
  t = t.replace(/(\d),(\d{3})/g, "$1$2").replace(/'s\b/g, "").replace(/[^a-z0-9$%.'/ -]+/g, " ");
  for (const phrase of PHRASES) t = t.replaceAll(` ${phrase} `, ` ${CHAT_SYNONYMS[phrase]} `);
  return tokenize(t)
    .map((token) => CHAT_SYNONYMS[token] ?? token)
    .join(" ");
}

/** Splits normalised text into search tokens. */
export function tokenize(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .map((t) => t.replace(/^[-.']+|[-.',]+$/g, ""))
    .filter(Boolean);
}
