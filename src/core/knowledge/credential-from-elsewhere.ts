import { US_JURISDICTION_NAMES } from "./us-jurisdictions.js";

/**
 * A credential earned in another state ("I was a certified PSP in Arizona for five years and just moved to San
 * Diego", "my Oregon certification"): the question is about reciprocity for out-of-state applicants, though it names
 * neither. `stateName` is the asker's state's name, when known: a certificate from their own state is not from
 * elsewhere, and hours worked elsewhere toward a certification here are not a credential from elsewhere.
 */
const NAME = `(${US_JURISDICTION_NAMES.join("|")})`;
const EARNED = String.raw`\b(?:certified|licensed|credentialed|certification|credential|license|licence|certificate)\b(?:[\s,]+[\w'-]+){0,5}?[\s,]+(?:in|from)\s+`;
const HELD = String.raw`(?:'s)?\s+(?:[\w-]+\s+)?(?:certification|credential|license|licence|certificate|cert)\b`;
// One pass over the question for every state: the name earned in (group 1) or held before the credential (group 2).
const CREDENTIAL_FROM = new RegExp(`${EARNED}${NAME}\\b|\\b${NAME}${HELD}`, "gi");

export function credentialFromElsewhere(question: string, stateName: string | undefined): boolean {
  const own = stateName?.toLowerCase();
  return [...question.matchAll(CREDENTIAL_FROM)].some((m) => (m[1] ?? m[2])!.toLowerCase() !== own);
}

/** The knowledge base's words for it, added to the question like an act's. */
export const FROM_ELSEWHERE_WORDS = "out of state reciprocity";
