import { readWordScoreTable, type WordScoreTable } from "../language/word-score-table.js";
import { domainWords } from "./domain-words.js";
import { DOMAIN_MODEL_BIAS, DOMAIN_SCORE_SCALE, DOMAIN_SCORES, DOMAIN_WORDS } from "./generated/domain-word-scores.js";

let table: WordScoreTable | undefined;

/** Read on first use or by warmUpDomainModel(), not at import. */
function readTable(): WordScoreTable {
  table ??= readWordScoreTable(DOMAIN_WORDS, DOMAIN_SCORES, 1);
  return table;
}

export function warmUpDomainModel(): void {
  readTable();
}

/**
 * How likely the question is about what the knowledge base covers (peer support's scope, ethics, certification and
 * programs) rather than something else a partner asks at work (an app, the weather, a recipe), by the learned model;
 * 0.5 for a text with no word the model knows.
 */
export function inDomainProbability(question: string): number {
  const { rowOf, scores } = readTable();
  let sum = 0;
  let count = 0;
  for (const word of domainWords(question)) {
    const row = rowOf(word);
    if (row === undefined) continue;
    sum += scores[row]!;
    count++;
  }
  if (count === 0) return 0.5;
  return 1 / (1 + Math.exp(-(DOMAIN_MODEL_BIAS + sum / count / DOMAIN_SCORE_SCALE)));
}
