import { CONCEPTS, type Concept } from "./concept-vocabulary.js";
import { HYPERBOLE_IDIOMS } from "./hyperbole-idioms.js";
import type { Sentences, Word } from "./lemmatize.js";
import { negationScope } from "./negation-scope.js";
import { tagPastYears, tagTimePoints } from "./tag-dates.js";

/** A concept found in a message: in which sentence, on which words, and whether a negation governs it. */
export interface ConceptTag {
  concept: Concept;
  sentence: number;
  start: number;
  end: number;
  negated: boolean;
}

export type TaggedSentence = Map<Concept, ConceptTag[]>;

type Pattern = string[];
interface PhraseEntry {
  concept: Concept;
  pattern: Pattern;
}

// Built once at module load: word -> concepts, and phrases indexed by their first element.
const BY_WORD = new Map<string, Concept[]>();
const PHRASES_BY_FIRST = new Map<string, PhraseEntry[]>();
for (const [concept, vocabulary] of Object.entries(CONCEPTS) as [Concept, (typeof CONCEPTS)[Concept]][]) {
  for (const word of vocabulary.words) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), concept]);
  for (const pattern of vocabulary.phrases) {
    const first = pattern[0]!;
    PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), { concept, pattern }]);
  }
}
// The vocabularies read on idioms' words too (vocabularyInIdioms).
const READ_IN_IDIOMS = new Set((Object.keys(CONCEPTS) as Concept[]).filter((c) => CONCEPTS[c].inIdioms));
const IDIOMS_BY_FIRST = new Map<string, Pattern[]>();
for (const idiom of HYPERBOLE_IDIOMS) IDIOMS_BY_FIRST.set(idiom[0]!, [...(IDIOMS_BY_FIRST.get(idiom[0]!) ?? []), idiom]);

const SINGLE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/**
 * The forms a word is looked up by: its lemma, its written form, its part of speech, the parts of a hyphenated word, and a plain
 * suffix strip for the words the model leaves unlemmatised ("stockpiling", "burning" tagged as nouns).
 */
function keysOf(word: Word): string[] {
  // "<PRON>": a phrase may open with a part of speech ("<PRON> collapse"), so the index is read by it too.
  const keys = new Set([word.lemma, word.lower, `<${word.pos}>`]);
  if (word.lower.includes("-") && word.lower.length > 3) for (const part of word.lower.split("-")) if (part) keys.add(part);
  const [, stem, suffix] = /^(.{3,}?)(ing|ed|es|s)$/.exec(word.lower) ?? [];
  if (stem) {
    // A one-syllable stem ending consonant-vowel-consonant doubles its consonant before -ed and -ing ("scar" ->
    // "scarred"): "scared" is "scare" + "d", never "scar" + "ed".
    if (suffix === "s" || suffix === "es" || !SINGLE_SYLLABLE_CVC.test(stem)) keys.add(stem);
    // "lives" -> "live", "baking" -> "bake"; but "cuts" is "cut" + "s", and "cut" + "e" would read "cute".
    if (suffix !== "s") keys.add(`${stem}e`);
    if (/(.)\1$/.test(stem)) keys.add(stem.slice(0, -1));
  }
  return [...keys];
}

function matchesElement(element: string, word: Word, keys: string[]): boolean {
  if (element.startsWith("<")) return word.pos === element.slice(1, -1);
  return keys.includes(element);
}

/** How many words of the sentence from `start` the pattern covers, or 0. */
function matchLength(pattern: Pattern, words: Word[], keys: string[][], start: number): number {
  if (start + pattern.length > words.length) return 0;
  for (let k = 0; k < pattern.length; k++) if (!matchesElement(pattern[k]!, words[start + k]!, keys[start + k]!)) return 0;
  return pattern.length;
}

function candidates<T>(index: Map<string, T[]>, keys: string[]): T[] {
  return keys.flatMap((key) => index.get(key) ?? []);
}

/**
 * Which words of a sentence belong to an idiom of hyperbole ("this caseload is killing me") or to a phrase whose meaning
 * is asked ("what does 'children are not little adults' mean?"): they name no harm.
 */
export function idiomaticWords(words: Word[]): boolean[] {
  const keys = words.map(keysOf);
  const idiomatic = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (const idiom of candidates(IDIOMS_BY_FIRST, keys[i]!)) {
      const length = matchLength(idiom, words, keys, i);
      for (let k = i; k < i + length; k++) idiomatic[k] = true;
    }
  }
  const asked = questionOfMeaning(words);
  if (asked) for (let k = asked.start; k <= asked.end; k++) idiomatic[k] = true;
  return idiomatic;
}

// A phrase of at least this many words between "what does" and "mean": a pronoun there ("what does it mean when he
// says he wants to die") is no phrase, and what follows "mean" is told, not asked about.
const ASKED_PHRASE_WORDS = 2;

// Chat spells "what does" as one word.
const WHAT_DOES = new Set(["whats", "wat", "wats"]);

/**
 * "what does <phrase> mean" or "what's <acronym> stand for", from "what" to "mean" or "for": the phrase is mentioned,
 * not used, and the question's frame tells nothing. What follows is told, and read.
 */
function questionOfMeaning(words: Word[]): { start: number; end: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    // "what is ... stand for" is chat's "what's"; "what is ... mean" would swallow "what's the point, I mean ...".
    const opener = WHAT_DOES.has(words[i]!.lower) ? 1 : words[i]!.lemma === "what" && ["do", "be"].includes(words[i + 1]?.lemma ?? "") ? 2 : 0;
    if (opener === 0) continue;
    const from = i + opener;
    const end = words.findIndex((w, j) => j >= from && (w.lemma === "mean" || (w.lemma === "stand" && words[j + 1]?.lemma === "for")));
    if (end < 0) continue;
    const standFor = words[end]!.lemma === "stand";
    if (words[i + 1]?.lemma === "be" && !standFor) continue;
    // An acronym is one word: "what's CFPSS stand for".
    if (end - from >= (standFor ? 1 : ASKED_PHRASE_WORDS)) return { start: i, end: standFor ? end + 1 : end };
  }
  return undefined;
}

/** Each sentence's concepts, the words of idioms (`idiomatic`, per sentence, from idiomaticWords) set aside. */
export function tagConcepts(sentences: Sentences, idiomatic: boolean[][]): TaggedSentence[] {
  return sentences.map((words, sentence) => {
    const keys = words.map(keysOf);
    const negated = negationScope(words);
    const idiomaticHere = idiomatic[sentence]!;
    const tags: TaggedSentence = new Map();
    const add = (concept: Concept, start: number, end: number) => {
      const vocabulary = CONCEPTS[concept];
      const underNegation = negated[start]!;
      if (vocabulary.when === "negated" && !underNegation) return;
      const tag = { concept, sentence, start, end, negated: vocabulary.when === "any" && underNegation };
      tags.set(concept, [...(tags.get(concept) ?? []), tag]);
    };
    // Idioms' words are read only by the few vocabularies read there (vocabularyInIdioms).
    const readable = (concept: Concept, from: number, length: number) => {
      if (READ_IN_IDIOMS.has(concept)) return true;
      for (let k = from; k < from + length; k++) if (idiomaticHere[k]) return false;
      return true;
    };
    for (let i = 0; i < words.length; i++) {
      for (const concept of new Set(candidates(BY_WORD, keys[i]!))) if (readable(concept, i, 1)) add(concept, i, i);
      for (const { concept, pattern } of candidates(PHRASES_BY_FIRST, keys[i]!)) {
        // A phrase that starts on an idiom's word is not read there: no need to match it.
        if (!readable(concept, i, 1)) continue;
        const length = matchLength(pattern, words, keys, i);
        if (length > 0 && readable(concept, i, length)) add(concept, i, i + length - 1);
      }
    }
    tagCarers(words, tags, add);
    tagAges(words, add);
    tagTimePoints(words, add);
    tagPastYears(words, add);
    return tags;
  });
}

const CARERS: Concept[] = ["adult", "partner"];
const SKIPPED_BEFORE_CARER = new Set(["DET", "PRON", "ADJ"]);

/** "with grandma", "with their dad": a child left with an adult is in someone's care. */
function tagCarers(words: Word[], tags: TaggedSentence, add: (concept: Concept, start: number, end: number) => void): void {
  const carerAt = new Set(CARERS.flatMap((c) => (tags.get(c) ?? []).map((t) => t.start)));
  words.forEach((word, i) => {
    if (word.lower !== "with") return;
    let j = i + 1;
    while (j < words.length && j <= i + 3 && SKIPPED_BEFORE_CARER.has(words[j]!.pos) && !carerAt.has(j)) j++;
    if (carerAt.has(j)) add("inCare", i, j);
  });
}

const AGE_UNITS = new Set(["year", "yo", "y", "yr", "yrs", "month", "week"]);
const ADULT_AGE = 18;
// A child of three or under, or one whose age is told in months or weeks, is a baby or toddler.
const TODDLER_AGE = 3;
const BABY_UNITS = new Set(["month", "week"]);
const STATED_AGE_OPENERS = new Set(["i'm", "im"]);
// "shes 13", "whos like 30": someone else's age, the verb kept in one word.
const THIRD_PERSON_AGE_OPENERS = new Set(["shes", "hes", "whos", "she's", "he's", "who's", "theyre", "they're"]);
// "he's like 30", "she is about 24": a hedge between the verb and the age.
const AGE_HEDGES = new Set(["like", "about", "around", "almost", "maybe", "prob", "probably", "at", "least"]);
// The nouns whose "is 19" is an age: people, not "the fee is 50".
const PERSON_NOUNS = new Set([...CONCEPTS.child.words, ...CONCEPTS.adult.words, ...CONCEPTS.partner.words]);
const CHILD_WORDS = new Set(["son", "daughter", "kid", "child", "stepson", "stepdaughter"]);
const PERSON_REACH = 6;
const MEASURE_UNITS = new Set(["mile", "minute", "min", "hour", "hr", "day", "dollar", "buck", "percent", "%", "pound", "lb", "foot", "feet", "inch", "degree", "time", "session", "visit", "hundred", "k"]);
const SPAN_WORDS = new Set(["in", "for", "within", "every", "about", "next", "last", "past", "over", "almost", "nearly"]);

/** "a 15 yo", "her 3-year-old", "he's 28": an age under 18 is a child; an adult's age next to a child is an older person. */
function tagAges(words: Word[], add: (concept: Concept, start: number, end: number) => void): void {
  words.forEach((word, i) => {
    if (word.pos !== "NUM" || !/^\d{1,2}$/.test(word.lower)) return;
    const age = Number(word.lower);
    // "40 miles away", "is 20 minutes late": a measure, not an age.
    if (MEASURE_UNITS.has(words[i + 1]?.lemma ?? "")) return;
    const unit = words.slice(i + 1, i + 5).findIndex((w) => AGE_UNITS.has(w.lemma));
    const agoFollows = unit >= 0 && words[i + unit + 2]?.lemma === "ago";
    // "she's 15", "her boyfriend is 19", and "i'm 15", which the tagger keeps as one word.
    // A quote may close before the verb: "her 'boyfriend' is 24".
    // "i'm 40" is the asker's own age: an adult, but no stranger near a child.
    const ownAge = STATED_AGE_OPENERS.has(words[i - 1]?.lower ?? "");
    let verb = i - 1;
    while (verb > 0 && AGE_HEDGES.has(words[verb]!.lower)) verb--;
    const verbWord = words[verb];
    const before = words.slice(0, Math.max(0, verb)).findLast((w) => w.pos !== "PUNCT");
    // "turns out to be 24", "claims to be 19": the age of whoever the sentence is about.
    // "the boyfriend she met online is 27": a person named a few words before the verb.
    const personBefore = words.slice(Math.max(0, verb - PERSON_REACH), verb).some((w) => PERSON_NOUNS.has(w.lemma));
    const statedAge =
      (verbWord?.lemma === "be" && (before?.pos === "PRON" || before?.lower === "to" || personBefore)) ||
      THIRD_PERSON_AGE_OPENERS.has(verbWord?.lower ?? "") ||
      ownAge;
    // "in 2 months", "for 3 weeks": a span of time, not an age.
    const span = SPAN_WORDS.has(words[i - 1]?.lower ?? "");
    if ((unit < 0 || agoFollows || span) && !statedAge) return;
    // "my daughter is 24": a grown son or daughter, not a stranger near a child.
    const grownChild = age >= ADULT_AGE && CHILD_WORDS.has(before?.lemma ?? "");
    if (age < ADULT_AGE) add("child", i, i);
    else if (grownChild) add("adultChild", i, i);
    else if (!ownAge) add("olderStranger", i, i);
    // Only an age told as one ("a 2-year-old", "her 6 month old"), not "20 hours a week".
    const toldAsAge = unit === 0 || (unit === 1 && words[i + 1]!.lower === "-");
    if (age < ADULT_AGE && toldAsAge && (age <= TODDLER_AGE || BABY_UNITS.has(words[i + 1 + unit]!.lemma))) add("baby", i, i);
  });
}
