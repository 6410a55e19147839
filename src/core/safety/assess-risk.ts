import type { Concept } from "./concept-vocabulary.js";
import { rememberedCrisis } from "./crisis-memory.js";
import { readWithModel, type ModelReading } from "./crisis-model.js";
import { CRISIS_RULES, type CrisisKind, type CrisisRule, type RiskLevel } from "./crisis-rules.js";
import { lemmatize, type Sentences } from "./lemmatize.js";
import { idiomaticWords, tagConcepts, type ConceptTag, type TaggedSentence } from "./tag-concepts.js";

export type { CrisisKind, RiskLevel } from "./crisis-rules.js";

/** What triage made of a message: a crisis (guidance first), a weaker sign (one safety line leads), or neither. */
export type RiskAssessment = { level: "none" } | { level: RiskLevel; kind: CrisisKind };

const NONE: RiskAssessment = { level: "none" };
// The names of harms that a question about training or rules uses as its topic ("suicide prevention").
const TOPIC_TERMS = new Set<Concept>(["suicideTerm", "selfHarmTerm", "sexualAbuse", "domesticViolence", "overdoseTerm", "naloxone", "stalking", "threat", "substance", "intoxicated", "die", "trafficking"]);
// A verb's object sits a few words after it ("hits the kids", "gave away all his stuff").
const TARGET_REACH = 4;
// The subject of "... is going to kill me" sits up to five words before the verb.
const SUBJECT_REACH = 5;
// "attempted suicide in 2012": a date that close dates the harm itself.
const PAST_DATE_REACH = 5;
// The learned model's probabilities (src/core/safety/crisis-model.ts) above which a message the rules let through is a
// crisis, or earns the safety line: chosen on the retired blind sets (README, "How well it answers"). Re-measured on
// A, C, D, E, F after the model stopped reading verbs of reporting ("said"): the crisis only the model reads scores
// 0.937, the highest harmless message 0.910 (a narrow margin: re-measure after each retraining); at 0.75, 8 crises
// the rules let through get the safety line, and 15 of 1,077 harmless ones.
const MODEL_CRISIS = 0.93;
const MODEL_CAUTION = 0.75;
// Below this the model's reading outweighs the remembered messages' (crisis-memory.ts): everyday talk in harm's words.
const MODEL_REMEMBERED = 0.5;

/**
 * Reads a message for risk of harm: concepts in any order within a sentence and the ones either side of it, errs towards
 * crisis. A question about a topic ("is suicide prevention in the training?") names harm without anyone at risk:
 * it goes to the knowledge base. Where the rules found nothing, the learned model (crisis-model.ts) reads what their
 * vocabularies miss: a plan told sideways, a poison no table names. It never changes what the rules found.
 */
export function assessRisk(message: string): RiskAssessment {
  const { ruled, model, read } = readSignals(message);
  // A weaker sign the rules read, told the way blind-written crises were while the model gives at least even odds:
  // two signals that agree, as two weaker signs together do (assessByRules). Not in a question about a topic.
  if (ruled.level === "caution" && !read.aboutTopic && readWithModel(read.sentences, read.idiomatic).probability >= MODEL_REMEMBERED && rememberedCrisis(message)) {
    return { level: "crisis", kind: ruled.kind };
  }
  if (!model) return ruled;
  if (model.probability >= MODEL_CRISIS) return { level: "crisis", kind: model.kind };
  // A message the model finds at least as likely a crisis as not, told the way blind-written crises were (crisis-memory.ts).
  const remembered = model.probability >= MODEL_REMEMBERED ? rememberedCrisis(message) : undefined;
  if (remembered) return { level: "crisis", kind: remembered };
  if (model.probability >= MODEL_CAUTION) return { level: "caution", kind: model.kind };
  return NONE;
}

/** A message as triage read it: its lemmatised sentences, their idioms, and whether it asks about a topic. */
interface ReadMessage {
  sentences: Sentences;
  idiomatic: boolean[][];
  aboutTopic: boolean;
}

/** The two signals apart: what the rules found, and the model's reading when it applies (scripts weigh them apart). */
export function readSignals(message: string): { ruled: RiskAssessment; model?: ModelReading; read: ReadMessage } {
  const sentences = lemmatize(message);
  // Idioms are read once: the rules and the model both set them aside.
  const idiomatic = sentences.map((words) => idiomaticWords(words));
  const tagged = tagConcepts(sentences, idiomatic);
  const aboutTopic = asksAboutTopic(tagged, sentences);
  const ruled = assessByRules(sentences, tagged, aboutTopic);
  // A question about a topic and harm told as the past are the rules' to judge: their words are a crisis's words. A
  // caution is a sign the rules read and judged weaker (a denied harm, a weapon kept at home): the model does not overrule it.
  const read = { sentences, idiomatic, aboutTopic };
  if (ruled.level !== "none" || aboutTopic || toldAsPast(tagged) || ownMishap(tagged)) return { ruled, read };
  return { ruled, model: readWithModel(sentences, idiomatic), read };
}

function assessByRules(sentences: Sentences, tagged: TaggedSentence[], aboutTopic: boolean): RiskAssessment {
  const cautions: { rule: CrisisRule; where: string }[] = [];
  for (const rule of CRISIS_RULES) {
    // A question about a topic names the topic's word and goes to the knowledge base; a harm told as an event
    // in such a question ("what does the toolkit say about a kid with belt marks?") still earns the safety line.
    if (aboutTopic && rule.harm.every((concept) => TOPIC_TERMS.has(concept))) continue;
    const match = strongestMatch(rule, tagged, sentences);
    if (!match) continue;
    if (match.level === "crisis" && !aboutTopic && !isPastStory(match.harm, tagged) && !isRiskNamed(match.harm, tagged)) return { level: "crisis", kind: rule.kind };
    // One word read by several rules is one sign.
    const where = `${match.harm.sentence}:${match.harm.start}`;
    if (!cautions.some((c) => c.where === where)) cautions.push({ rule, where });
  }
  // Two different weaker signs together (a goodbye and a rifle at home; a date picked and things given away) are a crisis.
  if (cautions.length >= 2 && !aboutTopic) return { level: "crisis", kind: cautions[0]!.rule.kind };
  return cautions[0] ? { level: "caution", kind: cautions[0].rule.kind } : NONE;
}

/** The message tells of the past ("used to", "years ago") with nothing said to be happening now. */
function toldAsPast(tagged: TaggedSentence[]): boolean {
  return tellsOfPast(tagged) && !tagged.some((s) => s.has("present"));
}

const tellsOfPast = (tagged: TaggedSentence[]) => tagged.some((s) => pastMarks(s).length > 0);

// Anyone but the asker: a mishap told of them is the rules' to judge, not set aside.
const OTHERS: Concept[] = ["child", "baby", "partner", "adult", "thirdPerson", "elder", "group"];

/**
 * The asker's own kitchen or household mishap ("I burned my hand on the stove making dinner"): the model hears a
 * burn and a hand; the rules, which read no one hurt on purpose, have the say.
 */
function ownMishap(tagged: TaggedSentence[]): boolean {
  return tagged.some((s) => s.has("chore")) && !tagged.some((s) => OTHERS.some((c) => s.has(c)));
}

/** A sentence's marks of the long past, less "ago" in "an hour ago" (that is just now) and less a recovery denied ("not doing great"). */
function pastMarks(sentence: TaggedSentence): ConceptTag[] {
  const recent = sentence.get("justNow") ?? [];
  return (sentence.get("pastHistory") ?? []).filter((t) => !t.negated && !recent.some((r) => r.start <= t.start && t.end <= r.end + 1));
}

/**
 * Harm told as the past: dated right beside it ("attempted suicide in 2012", "back in 2009") unless it recurs, or a
 * past marker anywhere ("used to", "sober for two years") with nothing current in the harm's sentence.
 */
function isPastStory(harm: ConceptTag, tagged: TaggedSentence[]): boolean {
  const own = tagged[harm.sentence]!;
  const dated = pastMarks(own).some((t) => Math.abs(t.start - harm.start) <= PAST_DATE_REACH);
  if (dated && !own.has("recurrence")) return true;
  return tellsOfPast(tagged) && !own.has("present");
}

// "at risk of" sits right before the harm it names: "at risk of hurting herself".
const RISK_OF_REACH = 2;

/** Harm named as a risk ("a parent at risk of hurting herself"): worth the safety line, not crisis guidance. */
function isRiskNamed(harm: ConceptTag, tagged: TaggedSentence[]): boolean {
  return (tagged[harm.sentence]!.get("riskOf") ?? []).some((t) => t.end < harm.start && harm.start - t.end <= RISK_OF_REACH);
}

/**
 * A question about a topic or about a supposed case ("what do I do if a mom tells me about abuse?"): every sign of
 * a real situation sits inside the topic's words or after the supposition in its sentence.
 */
function asksAboutTopic(tagged: TaggedSentence[], sentences: Sentences): boolean {
  const topics = tagged.flatMap((s) => s.get("topic") ?? []);
  // "a parent who mentions self-harm" is supposed only in a question about a topic; elsewhere it is someone real.
  const generic = topics.length > 0 ? tagged.flatMap((s) => s.get("genericWho") ?? []) : [];
  const suppositions = [...tagged.flatMap((s) => s.get("hypothetical") ?? []), ...generic];
  if (topics.length === 0 && suppositions.length === 0) return false;
  const insideTopic = (tag: ConceptTag) => topics.some((t) => t.sentence === tag.sentence && tag.start >= t.start && tag.end <= t.end);
  const supposed = (tag: ConceptTag) => suppositions.some((t) => t.sentence === tag.sentence && tag.start >= t.start);
  return !tagged.some((s, i) => (s.get("situation") ?? []).some((tag) => !insideTopic(tag) && !supposed(tag) && !introducesTopic(tag, s, sentences[i]!, topics)));
}

const PEOPLE: Concept[] = ["child", "baby", "partner", "adult", "thirdPerson", "elder"];
// Verbs by which one learns what a course holds: "I heard it covers ...", "I read that the module teaches ...".
const HEARSAY_VERBS = new Set(["hear", "read", "see", "tell", "say", "mention", "cover", "include", "teach"]);
// What can mention, cover or say something: a document or a course, not a class of children or a book's plot.
const DOCUMENTS = new Set(["toolkit", "guide", "document", "policy", "curriculum", "training", "module", "course", "standard", "rule", "law", "section", "handbook", "faq", "manual", "code"]);
// "I heard it covers", "I read that the toolkit includes": the course named within a few words.
const HEARSAY_REACH = 3;

/**
 * "I heard it covers how to help someone who's suicidal": what is heard is what a course holds, with nobody between
 * the verb and the topic. "I heard my son say ..." has someone there, and is told of him.
 */
function introducesTopic(tag: ConceptTag, sentence: TaggedSentence, words: Sentences[number], topics: ConceptTag[]): boolean {
  if (!HEARSAY_VERBS.has(words[tag.start]!.lemma)) return false;
  // "does the toolkit mention harm reduction": the document is what mentions.
  const documentBefore = topics.some((t) => t.sentence === tag.sentence && t.end < tag.start && tag.start - t.end <= 2 && DOCUMENTS.has(words[t.end]!.lemma));
  if (documentBefore) return true;
  const topic = topics.find((t) => t.sentence === tag.sentence && t.start > tag.end && t.start - tag.end <= HEARSAY_REACH + 1);
  if (!topic) return false;
  return !PEOPLE.some((c) => (sentence.get(c) ?? []).some((p) => p.start > tag.end && p.start < topic.start));
}

interface RuleMatch {
  level: RiskLevel;
  harm: ConceptTag;
}

function strongestMatch(rule: CrisisRule, tagged: TaggedSentence[], sentences: Sentences): RuleMatch | undefined {
  let found: RuleMatch | undefined;
  for (let at = 0; at < tagged.length; at++) {
    // What meets the harm may come in the sentence before ("There's oxycodone in his drawer. He thinks about it.") or after.
    const window = tagged.slice(Math.max(0, at - 1), at + 2);
    for (const harm of rule.harm.flatMap((concept) => tagged[at]!.get(concept) ?? [])) {
      if (!matches(rule, harm, window, tagged[at]!, sentences, tagged)) continue;
      if (!harm.negated) return { level: rule.level, harm };
      found = { level: "caution", harm };
    }
  }
  return found;
}

// Who a message is about stays the same across it: "a toddler opened the door (maybe 2?). No adults home."
const WHO_AT_RISK = new Set<Concept>(["child", "baby"]);

function matches(rule: CrisisRule, harm: ConceptTag, window: TaggedSentence[], own: TaggedSentence, sentences: Sentences, tagged: TaggedSentence[]): boolean {
  const inWindow = (concepts: Concept[]) => {
    const where = concepts.every((c) => WHO_AT_RISK.has(c)) ? tagged : window;
    return concepts.flatMap((c) => where.flatMap((s) => s.get(c) ?? []));
  };
  if (rule.intransitive && !withoutObject(harm, sentences[harm.sentence]!)) return false;
  if (rule.target && !rule.target.some((c) => (own.get(c) ?? []).some((t) => isObjectOf(harm, t, sentences[harm.sentence]!)))) return false;
  if (rule.none && inWindow(rule.none).length > 0) return false;
  if (rule.unlessSubject && subjectIsOneOf(rule.unlessSubject, harm, own, sentences[harm.sentence]!)) return false;
  if (rule.unlessObject && objectIsOneOf(rule.unlessObject, harm, own, sentences[harm.sentence]!)) return false;
  const near = (t: ConceptTag) => rule.within === undefined || (t.sentence === harm.sentence && Math.abs(t.start - harm.start) <= rule.within);
  // What meets the harm is another word: "burn" is not its own wound, nor "car" in "his car" its own context (a phrase's
  // inner word may be: "lock the boys outside" names the child it shuts out).
  const otherWord = (t: ConceptTag) => t.sentence !== harm.sentence || (t.start !== harm.start && t.end !== harm.end);
  return (rule.needs ?? []).every((group) => inWindow(group).some((t) => otherWord(t) && near(t) && !saidAbsent(t, sentences)));
}

// "A social worker with no kids to supervise me": the people a rule needs are said not to be there. (Only people:
// "no reason to keep living" is a reason denied, which is the harm.)
const ABSENCE = new Set(["no", "without"]);

function saidAbsent(tag: ConceptTag, sentences: Sentences): boolean {
  return OTHERS.includes(tag.concept) && ABSENCE.has(sentences[tag.sentence]![tag.start - 1]?.lower ?? "");
}

const SUBJECT_POS = new Set(["NOUN", "PRON", "PROPN"]);

/**
 * The nearest noun or pronoun before the harm is one of these: "this caseload is killing me", not "whispered that he'll
 * kill her". A noun after a preposition is not the subject: "the heat in this office is going to kill us".
 */
function subjectIsOneOf(concepts: Concept[], harm: ConceptTag, own: TaggedSentence, words: Sentences[number]): boolean {
  const tags = concepts.flatMap((c) => own.get(c) ?? []);
  // "gonna" is tagged a noun; an intent word is not the subject.
  const intent = own.get("intent") ?? [];
  let reach = SUBJECT_REACH;
  for (let i = harm.start - 1; i >= 0 && harm.start - i <= reach; i--) {
    if (!SUBJECT_POS.has(words[i]!.pos) || intent.some((t) => t.start <= i && i <= t.end)) continue;
    const preposition = prepositionBefore(i, words);
    if (preposition >= 0) {
      reach += i - preposition + 1;
      i = preposition;
      continue;
    }
    return tags.some((t) => t.start <= i && i <= t.end);
  }
  return false;
}

const DETERMINER_POS = new Set(["DET", "ADJ", "NUM"]);

/** Where the preposition whose object the noun at `at` is stands ("in this office"), or -1. */
function prepositionBefore(at: number, words: Sentences[number]): number {
  let i = at - 1;
  while (i >= 0 && DETERMINER_POS.has(words[i]!.pos)) i--;
  return i >= 0 && words[i]!.pos === "ADP" ? i : -1;
}

/** The first noun or pronoun after the harm is one of these: "gonna strangle the fax machine", not "strangle her". */
function objectIsOneOf(concepts: Concept[], harm: ConceptTag, own: TaggedSentence, words: Sentences[number]): boolean {
  const tags = concepts.flatMap((c) => own.get(c) ?? []);
  for (let i = harm.end + 1; i < words.length && i - harm.end <= TARGET_REACH; i++) {
    if (!SUBJECT_POS.has(words[i]!.pos)) continue;
    // "scared of their pit bull": a pronoun before a noun is its determiner; the noun is the object.
    if (words[i]!.pos === "PRON" && ["NOUN", "PROPN", "ADJ"].includes(words[i + 1]?.pos ?? "")) continue;
    return tags.some((t) => t.start <= i && i <= t.end);
  }
  return false;
}

// After a verb with no object comes a clause, an adverb or the end: "she cuts when ...", "he's cutting again".
const NO_OBJECT_FOLLOWS = new Set(["ADV", "SCONJ", "CCONJ", "PUNCT", "PART"]);

function withoutObject(harm: ConceptTag, words: Sentences[number]): boolean {
  const verb = words[harm.start]!;
  // The tagger reads "the girl cuts" as two nouns; a noun right after its subject is still the verb.
  const subjectBefore = ["NOUN", "PRON", "PROPN"].includes(words[harm.start - 1]?.pos ?? "");
  if (verb.pos !== "VERB" && !verb.lower.endsWith("ing") && !subjectBefore) return false;
  const next = words[harm.end + 1];
  return next === undefined || NO_OBJECT_FOLLOWS.has(next.pos);
}

const INTENT_BETWEEN = new Set(["gonna", "go", "will", "wanna", "want", "to"]);

/** The target follows the harm closely, or precedes it in the passive ("the kids get hit", "the baby was shaken"). */
function isObjectOf(harm: ConceptTag, target: ConceptTag, words: Sentences[number]): boolean {
  // "her son's chances", "the kids' toys": a possessive names whose thing is hurt, not who. After a pronoun a lone
  // apostrophe opens a quotation ("he shakes her 'just a little'"): no pronoun takes it as a possessive.
  const after = words[target.end + 1];
  if (after?.lower === "'s" || (after?.lower === "'" && words[target.end]!.pos !== "PRON")) return false;
  // "her son": "her" is a determiner there; the noun after it is the object.
  if (words[target.end]!.pos === "PRON" && (after?.pos === "NOUN" || after?.pos === "PROPN")) return false;
  if (target.start > harm.end) return target.start - harm.end <= TARGET_REACH;
  if (target.end >= harm.start || harm.start - target.end > TARGET_REACH + 1) return false;
  // "is killing" is progressive, not passive; "she's gonna strangle" is an intent, and she its subject.
  if (words[harm.start]!.lower.endsWith("ing")) return false;
  const between = words.slice(target.end + 1, harm.start);
  if (between.some((w) => INTENT_BETWEEN.has(w.lemma))) return false;
  return between.some((w) => w.lemma === "be" || w.lemma === "get");
}
