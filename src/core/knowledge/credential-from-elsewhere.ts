import { US_JURISDICTION_NAMES } from "./us-jurisdictions.js";

/**
 * A credential earned in another state ("I was a certified PSP in Arizona for five years and just moved to San
 * Diego"): the question is about reciprocity for out-of-state applicants, though it names neither. `stateName` is the
 * asker's state's name, when known: a certificate from their own state is not from elsewhere.
 */
const CREDENTIAL = /\b(certif\w*|credential\w*|licen[sc]\w*|accredit\w*)\b/i;
const NAMES = US_JURISDICTION_NAMES.map((name) => ({ name, pattern: new RegExp(String.raw`\b${name}\b`) }));

export function credentialFromElsewhere(question: string, stateName: string | undefined): boolean {
  if (!CREDENTIAL.test(question)) return false;
  return NAMES.some(({ name, pattern }) => name !== stateName && pattern.test(question));
}

/** The knowledge base's words for it, added to the question like an act's. */
export const FROM_ELSEWHERE_WORDS = "out of state reciprocity";
