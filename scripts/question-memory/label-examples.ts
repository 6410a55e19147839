// Which entry answers each training question. The authors never saw the entries, so each question names what
// settles it the way the eval sets do: the source document, a key fact that the answer must contain, and the
// sentence of the document it comes from. The entry is the one of that document that has the key fact and shares
// most words with that sentence and with the question.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { KnowledgeBase } from "../../src/core/knowledge/knowledge-base.js";
import type { KnowledgeEntry } from "../../src/core/knowledge/knowledge-entry.js";
import { normalizeText } from "../../src/core/knowledge/normalize-text.js";

export const EXAMPLES_DIRECTORY = fileURLToPath(new URL("./examples/", import.meta.url));

export interface TrainingQuestion {
  id: string;
  category?: string;
  state?: string;
  question: string;
  sources: string[];
  verdict: string[];
  mustInclude: string[];
  passage?: string;
}

export interface LabelledQuestion extends TrainingQuestion {
  entryId: string;
}

/** The examples as kept: each question with the entry that answers it. */
export interface RememberedQuestion {
  id: string;
  question: string;
  verdict: string[];
  entryId: string;
}

export function readRememberedQuestions(directory = EXAMPLES_DIRECTORY): RememberedQuestion[] {
  return readdirSync(directory)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(directory + f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as RememberedQuestion));
}

/** The labelled questions, and those no entry answers (their key fact is in none of the document's entries). */
export function labelQuestions(questions: TrainingQuestion[], knowledge: KnowledgeBase): { labelled: LabelledQuestion[]; unlabelled: TrainingQuestion[] } {
  const labelled: LabelledQuestion[] = [];
  const unlabelled: TrainingQuestion[] = [];
  for (const q of questions) {
    const entry = answeringEntry(q, knowledge);
    if (entry) labelled.push({ ...q, entryId: entry.id });
    else unlabelled.push(q);
  }
  return { labelled, unlabelled };
}

function answeringEntry(q: TrainingQuestion, knowledge: KnowledgeBase): KnowledgeEntry | undefined {
  const keyFacts = q.mustInclude.map((m) => new RegExp(m.toLowerCase()));
  const textOf = (e: KnowledgeEntry) => `${e.title} ${e.rule} ${e.instead}`.toLowerCase();
  const candidates = new Set(knowledge.entries().filter((e) => e.source === q.sources[0] && keyFacts.every((r) => r.test(textOf(e)))));
  // The entry restates the sentence in its own words, and is about what the question asks: of the entries with the
  // key fact, the one the search ranks highest for the sentence and the question together.
  const rankFor = (text: string | undefined) => {
    const ranks = new Map<KnowledgeEntry, number>();
    if (text) knowledge.search(normalizeText(text), 60).filter((hit) => candidates.has(hit.entry)).forEach((hit, i) => ranks.set(hit.entry, i + 1));
    return ranks;
  };
  const [bySentence, byQuestion] = [rankFor(q.passage), rankFor(q.question)];
  const score = (e: KnowledgeEntry) => (bySentence.has(e) ? 1 / bySentence.get(e)! : 0) + (byQuestion.has(e) ? 1 / byQuestion.get(e)! : 0);
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (best && score(best) > 0) return best;
  return [...candidates][0];
}
