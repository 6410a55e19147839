import { WHO_CONCEPTS } from "./concepts/who.js";
import { SUICIDE_CONCEPTS } from "./concepts/suicide.js";
import { SELF_INJURY_CONCEPTS } from "./concepts/self-injury.js";
import { SEXUAL_ABUSE_CONCEPTS } from "./concepts/sexual-abuse.js";
import { PHYSICAL_ABUSE_CONCEPTS } from "./concepts/physical-abuse.js";
import { NEGLECT_CONCEPTS } from "./concepts/neglect.js";
import { VIOLENCE_CONCEPTS } from "./concepts/violence.js";
import { OVERDOSE_CONCEPTS } from "./concepts/overdose.js";
import { FRAMING_CONCEPTS } from "./concepts/framing.js";

import type { Vocabulary } from "./vocabulary.js";

/**
 * The concepts crisis rules combine: who is at risk and what harm. Each is a vocabulary of the idea, not a
 * wording: rules (crisis-rules.ts) say which concepts must meet in a sentence or two adjacent ones.
 */
export const CONCEPTS = {
  ...WHO_CONCEPTS,
  ...SUICIDE_CONCEPTS,
  ...SELF_INJURY_CONCEPTS,
  ...SEXUAL_ABUSE_CONCEPTS,
  ...PHYSICAL_ABUSE_CONCEPTS,
  ...NEGLECT_CONCEPTS,
  ...VIOLENCE_CONCEPTS,
  ...OVERDOSE_CONCEPTS,
  ...FRAMING_CONCEPTS,
} satisfies Record<string, Vocabulary>;

export type Concept = keyof typeof CONCEPTS;
