import { searchTerm } from "./search-terms.js";

/**
 * Words that say what kind of answer an ask wants, not what it is about: "Is that true?", "What are my options?",
 * "Is that part of my job?", "Should I wait?", "Is there an exception?". After a story, an ask made only of these
 * (and stop words) is the story's question: the story names the subject, the ask only how to answer it. Naming the
 * document ("what does the toolkit say about ...") says where to look, not what about.
 */
const FRAME_WORDS = `true rule rules option options left exception exceptions job part role idea enough wait right
  acceptable appropriate ok problem problems issue issues known normal typical expected situation case matter
  happen happens step steps next first handle deal start mean means count counts kind kinds type types meant fall falls
  toolkit chapter initiative guide guidance paper document handbook faq according say says describe describes
  vs versus difference differences differ compare compared comparison regular ordinary`;

const FRAME_TERMS = new Set(FRAME_WORDS.split(/\s+/).map(searchTerm).filter((t): t is string => t !== null));

export function isFrameTerm(term: string): boolean {
  return FRAME_TERMS.has(term);
}
