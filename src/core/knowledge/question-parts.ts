/**
 * People tell the situation before they ask ("A mom I've worked with since spring runs a hair salon. She wants to
 * do my daughter's prom hair for free. Can I say yes?"). The ask says what they want to know; the story carries
 * the act and the facts, wrapped in background no rule mentions. Keeping them apart lets the background be
 * weighed as background instead of as a question the knowledge base cannot answer.
 */
export interface QuestionParts {
  /** The sentences that ask: a question mark, or a question's opening. */
  ask: string;
  /** Everything else: the situation told before or after the ask. */
  story: string;
  /**
   * The same text as pieces that each lie within one sentence (an aside cut off an ask is a piece of its own), so
   * that what reads a message splits it once.
   */
  askPieces: string[];
  storyPieces: string[];
}

/** Chat asks by stating and checking back: "thats ok right", "it's fine tho yeah". */
export const CHECK_BACK = /\b(that's|thats|that is|it's|its) (\w+ )?(ok|okay|alright|fine|allowed|legit|cool)\b.*\b(right|tho|though|yeah|yes)\W*$/i;
const QUESTION_OPENING = new RegExp(
  String.raw`^(so |but |and |ok |okay |also |hey |hi |um |quick question |question )*(can|could|may|might|should|shall|is|are|am|do|does|did|would|will|what|whats|what's|how|who|whos|who's|where|when|why|which|any|anyone|anybody|wondering|not sure|idk|im not sure|i'm not sure)\b|^${CHECK_BACK.source}`,
  "i",
);
// A question run into the story with no punctuation ("... for free can i say yes"): the ask starts at its cue.
const RUN_ON_ASK = /\s(can|could|may|should) (i|we)\b|\s(is|would) (it|that|this) be (ok|okay|alright|fine)|\s(is|would) (it|that|this) (ok|okay|alright|fine)\b|\sam i allowed\b|\sdo i have to\b/i;
// A run-on ask needs this many words of story before it, or it is simply a long question.
const MIN_STORY_WORDS = 6;
// Chat tacks an aside onto the ask ("... case mgmt lol", "..., they're pretty flexible", "... need it for a grant
// app"): from such a marker on, the words tell the situation, not the question.
const ASIDE = /(,\s*|\s)(lol|lmao|haha|idk|tbh|btw|bc|cuz|because|since|saw|need it|needed it|they're|theyre|she's|shes|he's|hes|she keeps|he keeps|she says|he says|just wondering)\b/i;
const MIN_ASK_WORDS = 4;
const FILLER = /^(lol|lmao|haha|idk|tbh|btw)$/i;

export function splitQuestion(text: string): QuestionParts {
  const sentences = sentencesOf(text);
  if (sentences.length === 1) return splitRunOn(sentences[0]!);
  // A message with a question mark asks there; a story sentence may still open like a question ("When I asked her ...").
  const marked = sentences.filter((s) => s.endsWith("?"));
  const asks = marked.length > 0 ? marked : sentences.filter(isAsk);
  // Nothing reads as a question ("gift card from a parent"): the whole message is what they want to know.
  if (asks.length === 0) return partsOf(sentences, []);
  const parts = asks.map(withoutAside);
  const story = [...sentences.filter((s) => !asks.includes(s)), ...parts.flatMap((p) => p.storyPieces)];
  return partsOf(parts.flatMap((p) => p.askPieces), story);
}

function partsOf(askPieces: string[], storyPieces: string[]): QuestionParts {
  const ask = askPieces.filter(Boolean);
  const story = storyPieces.filter(Boolean);
  return { ask: ask.join(" "), story: story.join(" "), askPieces: ask, storyPieces: story };
}

function withoutAside(sentence: string): QuestionParts {
  const aside = ASIDE.exec(sentence);
  if (!aside) return partsOf([sentence], []);
  // "... for every family i send lol is that legit": after a laugh or a filler the question itself may start, and
  // what came before is the story.
  const after = sentence.slice(aside.index + aside[0].length).trim();
  if (FILLER.test(aside[2]!) && QUESTION_OPENING.test(after)) return partsOf([after], [sentence.slice(0, aside.index).trim()]);
  if (sentence.slice(0, aside.index).split(/\s+/).length < MIN_ASK_WORDS) return partsOf([sentence], []);
  return partsOf([sentence.slice(0, aside.index).trim()], [sentence.slice(aside.index).replace(/^[,\s]+/, "").trim()]);
}

/** Sentences end at . ! ? or a line break, also before a closing quote ("... said "sure, whatever." Is that ...). */
export function sentencesOf(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?…]["'\u201d\u2019)]?)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return sentences.length > 0 ? sentences : [text.trim()];
}

function isAsk(sentence: string): boolean {
  return sentence.endsWith("?") || QUESTION_OPENING.test(sentence);
}

function splitRunOn(sentence: string): QuestionParts {
  const cue = RUN_ON_ASK.exec(sentence);
  if (!cue || sentence.slice(0, cue.index).split(/\s+/).length < MIN_STORY_WORDS) return withoutAside(sentence);
  const { askPieces, storyPieces } = withoutAside(sentence.slice(cue.index).trim());
  return partsOf(askPieces, [sentence.slice(0, cue.index).trim(), ...storyPieces]);
}
