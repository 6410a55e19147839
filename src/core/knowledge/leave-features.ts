import type { QuestionShape } from "./classify-question.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";

/** The learned leave model's table has this many rows; a feature is hashed to one (feature hashing: no strings kept). */
export const LEAVE_BUCKETS = 16_384;

// The shape flags the model reads, named rather than enumerated, so a new field of QuestionShape is a choice.
const SHAPE_FLAGS = ["asksPermission", "asksOwnPermission", "asksWhatToDo", "asksRequirement", "asksWhetherMet", "asksYesOrNo", "asksWithinRole"] as const;

/**
 * What the leave model (learned-leave.ts) reads of a question and the entry answering it, as table rows: how the
 * entry answers (its verdict, or a fact; its kind; whether its text opens "Yes" or "No"), whether a story comes
 * first, the question's shape, and the ask's words and word pairs, each alone and beside the entry's verdict ("part
 * of my job" asked of a description of the role is a yes; asked of a limiting rule it is not). The build script
 * (scripts/leave-model) and the answer read questions through this one function.
 */
export function leaveFeatures(ask: string, afterStory: boolean, shape: QuestionShape, entry: KnowledgeEntry): number[] {
  const answersAs = entry.verdict ?? "fact";
  const opens = /^\s*(yes|no)\b/i.exec(entry.rule)?.[1]?.toLowerCase() ?? "other";
  const words = ask.toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);
  const grams = [...words, ...words.slice(1).map((word, i) => `${words[i]}_${word}`)];
  const features = [
    `verdict=${answersAs}`,
    `kind=${entry.kind}`,
    `opens=${opens}`,
    `story=${afterStory ? 1 : 0}`,
    `verdict_opens=${answersAs}_${opens}`,
    ...SHAPE_FLAGS.filter((flag) => shape[flag]).map((flag) => `shape=${flag}`),
    ...grams.map((gram) => `gram=${gram}`),
    ...grams.map((gram) => `verdict_gram=${answersAs}_${gram}`),
  ];
  return features.map(bucketOf);
}

/** FNV-1a, 32-bit. */
function bucketOf(feature: string): number {
  let hash = 2166136261;
  for (let i = 0; i < feature.length; i++) hash = Math.imul(hash ^ feature.charCodeAt(i), 16777619);
  return (hash >>> 0) % LEAVE_BUCKETS;
}
