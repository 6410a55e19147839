import { indexExamples, type NearestExamples } from "../language/nearest-examples.js";
import { distinctContentTerms } from "../knowledge/search-terms.js";
import { CRISIS_KINDS, type CrisisKind } from "./crisis-rules.js";
import { CRISIS_MEMORY } from "./generated/crisis-memory-data.js";

/**
 * Messages like this one, written blind as training data (scripts/crisis-memory), and whether each was a crisis.
 * The rules read concepts and the model reads words one by one; a crisis told in a way neither has seen
 * ("she keeps saying the kids will be fine without her and she's been sleeping in the car with the hose") often
 * shares its telling words with crises other people wrote. Only when the closest three all are crises, and close,
 * does it count: harmless lookalikes sit near crises too, and those examples pull the other way. With two of three,
 * unseen blind triage folders 3 and 4 gained 25 crises but a dozen of our designed lookalikes became crises.
 */
const NEIGHBOURS = 3;
const CRISES_NEEDED = 3;
// Below this cosine an example shares a word or two with the message, not what happens in it.
const MIN_SIMILARITY = 0.3;

let memory: { kinds: Int8Array; index: NearestExamples } | undefined;

/** The kind of crisis the closest remembered messages tell, when all of them are crises; otherwise undefined. */
export function rememberedCrisis(message: string): CrisisKind | undefined {
  const { kinds, index } = (memory ??= buildMemory());
  const close = index.nearest(distinctContentTerms(message), NEIGHBOURS).filter(([, similarity]) => similarity >= MIN_SIMILARITY);
  const crises = close.map(([example]) => kinds[example]!).filter((kind) => kind >= 0);
  return crises.length >= CRISES_NEEDED ? CRISIS_KINDS[crises[0]!] : undefined;
}

function buildMemory() {
  const rows = CRISIS_MEMORY.examples.split("\n").map((line) => line.split("\t"));
  return { kinds: Int8Array.from(rows, ([kind]) => Number(kind)), index: indexExamples(rows.map(([, terms]) => terms!.split(" "))) };
}
