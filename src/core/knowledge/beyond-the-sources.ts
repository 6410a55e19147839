import { isState } from "../states.js";
import type { StateRegistry } from "../states/state-registry.js";
import type { KnowledgeEntry } from "./knowledge-entry.js";
import { US_JURISDICTION_NAMES } from "./us-jurisdictions.js";

/**
 * Questions the best entry matches in words but cannot answer: another state's rules, or a datum (a phone number, a
 * fine, a billing code, a date) that the entry does not hold. Answering them with the nearest rule would be a
 * confident answer to a different question, so they get "I don't know" and a line saying what is missing.
 */

// A state named as the place whose rules are asked about: "in Texas", "Oregon's", "does Texas require".
const askedAbout = (name: string) =>
  new RegExp(
    String.raw`\b(in|for|of|across|within|throughout) (the state of )?${name}\b|\b${name}('s|\u2019s| state)\b|\b${name} (require|requires|law|laws|rules?|policy|medicaid|certif\w*|licens\w*|allow|allows|need|needs)\b|^(what|how|does|do|is|are)\b[^?]{0,40}\b${name}\b`,
    "i",
  );
// Coming from a state ("I moved here from Oregon") names where the asker was, not whose rules they ask about.
const cameFrom = (name: string) => new RegExp(String.raw`\bfrom (the state of )?${name}\b`, "i");
// Moving, living or having worked elsewhere: the question is about the state the asker is in now, which the
// registry's own names or the asker's profile say.
const ELSEWHERE_BEFORE = /\b(mov(e|ed|es|ing)|relocat\w*|transfer\w*|carr(y|ies) over|reciproc\w*|li(ve|ves|ved|ving) in)\b/i;
// A state tied to rules: "Texas requires", "Ohio's standards", "licensed ... in Oregon", "in Ohio, can I ...". A
// national guide (the wraparound chapter) answers a question from a program in Ohio, but not one about Ohio's rules.
const RULE_WORDS = String.raw`(require\w*|law|laws|rules?|regulat\w*|polic(y|ies)|standards?|medicaid|bill\w*|certif\w*|credential\w*|licens\w*|allow\w*|permit\w*|need|needs|hours|training|how many)`;
const rulesOf = (name: string) =>
  new RegExp(
    String.raw`\b${name}('s|\u2019s)|\b${name}( state)? ${RULE_WORDS}\b|\b${RULE_WORDS}\b[^.?!]{0,40}\b(in|for|of) (the state of )?${name}\b|\b(in|for) ${name}( state)?, (can|could|may|do|does|is|are|should|must)\b`,
    "i",
  );
// Moving to a state asks about that state's rules, whatever the asker did before: "if I move to Idaho".
const movingTo = (name: string) => new RegExp(String.raw`\b(mov\w*|relocat\w*|transfer\w*|carr(y|ies)|going)\b[^.?!]{0,40}\b(to|into) (the state of )?${name}\b`, "i");
// A move told as the reason for ending the work here asks about the families left, not the new state's rules:
// "I'm moving to Idaho ... what do I do for my families before I go?".
const LEAVING_THE_WORK_HERE = /\bbefore (i|we) (go|leave|move)\b|\b(stop seeing|stop working with|end services|ending services|close out|hand off|wrap up)\b/i;
const ASKED_ABOUT = US_JURISDICTION_NAMES.map((name) => ({ name, pattern: askedAbout(name), cameFrom: cameFrom(name), rulesOf: rulesOf(name), movingTo: movingTo(name) }));
// "Washington County", "George Washington": not the state.
const NOT_THE_STATE = /\b(Washington|Georgia|Virginia) (county|dc|d\.c\.|street|st|avenue|ave|park)\b|\bgeorge washington\b/i;

interface AskedDatum {
  asks: RegExp;
  /** What an entry holding the datum shows. */
  holds: RegExp;
  missing: string;
  /** A datum of a named body ("the number for Alliance Health"): the entry must name it too. */
  ofANamedBody?: boolean;
  /** Where the body is named, when not only after "for", "of" or "at" (NAMED_BODY). */
  body?: RegExp;
}

// The body a datum belongs to, named in capitals after "for", "of" or "at": "the member line of Alliance Health".
const NAMED_BODY = /\b(?:for|of|at)\s+(?:the\s+)?([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*)/;

// "May" only with a day: the word is more often the verb.
const MONTHS = "january|february|march|april|may \\d{1,2}|june|july|august|september|october|november|december";
// Pay is asked of an employer or a place: "paid at Casey Family Programs", "make in Los Angeles County".
const NAMED_EMPLOYER_OR_PLACE = /\b(?:for|of|at|in|with|by)\s+(?:the\s+)?([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+)*)/;
const DATA: AskedDatum[] = [
  {
    // "How much do they make at ...", "what's the hourly wage in ...": not "what could pay for" (funding) or "make" a verb.
    asks: /\b[Hh]ow much\b[^?.]{0,40}\b(paid|make|makes|earn|earns)\b|\b([Hh]ow much|[Ww]hat)\b[^?.]{0,30}\b(salary|salaries|wages?|pay rate|hourly rate|pay(?! for))\b/,
    holds: /\$\s?\d/,
    missing: "pay at that employer or place",
    ofANamedBody: true,
    body: NAMED_EMPLOYER_OR_PLACE,
  },
  { asks: /\b(phone|telephone|hotline|fax|contact) (number|#|no)\b|\bnumber (to call|to reach)\b/i, holds: /\d{3}[-.)\s]\s?\d{3}[-.\s]\d{4}|\b(911|988)\b/, missing: "phone numbers", ofANamedBody: true },
  // Asking for a website, not saying where something goes ("post photos on our website").
  { asks: /\b(what|which|where)('s| is| are| can i find)? (the |their |its |a )?(website|web site|web page|url|link|email address|e-mail address|mailing address|street address|address)\b|\b(website|web site|url|link|email address|address) (for|of|to)\b/i, holds: /https?:\/\/|www\.|\b\S+\.(org|gov|com|net)\b|@\S+\.\w+/i, missing: "addresses or websites", ofANamedBody: true },
  // "How much is the fine if ...", but not "is it fine if ...".
  { asks: /\bhow (much|big) (is|are|would be) (the|a)\s+(\w+\s+)?(fines?|penalt(y|ies))\b|\b(the|a|any|what)\s+(\w+\s+)?(fines?(?!\s+(line|print|idea|with|to|if|by|now|for me))|penalt(y|ies))\b/i, holds: /\$\s?\d|\b(fine|fines|penalt(y|ies))\b/i, missing: "fines or penalties" },
  { asks: /\b(billing|procedure|cpt|hcpcs|service|diagnosis) codes?\b/i, holds: /\b[A-Z]\d{4}\b|\bcodes?\b/, missing: "billing codes" },
  {
    asks: /\bwho('s| is| are)( the)? (current|new|present|acting)?\s*(director|head|commissioner|secretary|chair|chairperson|ceo|president|governor|administrator)s?\b/i,
    holds: /\b(director|head|commissioner|secretary|chair|ceo|president|governor|administrator),? (is |was )?[A-Z][a-z]+ [A-Z][a-z]+/,
    missing: "names of the people in office now",
  },
  { asks: /\b(passing|cut|minimum) (score|grade|mark)\b|\bscore (do|does|to|you|i|we)\b/i, holds: /\bscore|\d+\s?(%|percent)/i, missing: "that exam's passing score" },
  // The logistics of a place or an employer, which no standard holds: opening hours, parking, leave days, benefit
  // amounts, insurance plans, legal deadlines, pets on visits.
  { asks: /\bwhat time (does|do|is|are)\b|\b(opening|library|store|shop) hours\b|\bwhen (does|do) (it|they|the \w+( \w+)?) (open|close)\b/i, holds: /\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)\b/i, missing: "opening hours of places" },
  { asks: /\bwhere (can|do|should|could|would) (i|we|staff|parents|families|visitors|they) park\b|\bparking (lot|spot|space|pass|permit)s?\b/i, holds: /\bparking\b/i, missing: "parking arrangements" },
  { asks: /\b(pto|vacation days|sick days|paid time off|fmla|paternity leave)\b/i, holds: /\b(pto|fmla|paid time off|vacation days|sick days)\b/i, missing: "employers' leave policies" },
  // An entry's dollar figure is a benefit amount only beside the benefit's name.
  { asks: /\bhow much\b[^?.]{0,30}\b(ssi|ssdi|snap|wic|food stamps|disability (check|benefits?|payments?))\b/i, holds: /\b(ssi|ssdi|snap|wic)\b[^.]{0,60}\$\s?\d|\$\s?\d[^.]{0,60}\b(ssi|ssdi|snap|wic)\b/i, missing: "benefit amounts" },
  { asks: /\bwhen is (the )?[^?.]{0,40}\b(this|next) year\b|\bwhen is the [^?.]{0,30}\b(fair|festival|parade|concert|game)\b/i, holds: new RegExp(String.raw`\b(${MONTHS})\b|\b\d{1,2}/\d{1,2}\b`, "i"), missing: "dates of events" },
  { asks: /\b(blue cross|aetna|cigna|kaiser|united ?healthcare|anthem|humana|managed care plans?|insurance plans?|health plans?)\b/i, holds: /\b(blue cross|aetna|cigna|kaiser|unitedhealthcare|anthem|humana|managed care plan|insurance plan|health plan)\b/i, missing: "insurance plans' coverage" },
  { asks: /\bdeadline to (sue|file|appeal)\b|\bstatute of limitations\b|\b(sue|suing)\b/i, holds: /\b(sue|lawsuit|statute of limitations)\b/i, missing: "legal deadlines or lawsuits" },
  // Anyone's animal, the asker's or the family's: "a big lab that jumps on me at the door", "bring my dog along".
  { asks: /\b(dogs?|cats?|pupp(y|ies)|kittens?|pets?(?! peeves?)|(big|black|yellow|chocolate) labs?|labradors?|pit ?bulls?|german shepherds?)\b/i, holds: /\b(dogs?|cats?|pets?|animals?)\b/i, missing: "rules about pets" },
  { asks: /\bdress code\b|\bwhat (should|do|can) (i|we) wear\b|\b(wear|wearing) (a |our |my )?(badges?|lanyards?|uniforms?|scrubs|jeans)\b/i, holds: /\b(dress|wear|badges?|attire|clothing)\b/i, missing: "dress codes" },
  // Books, shows, podcasts, games and costumes: taste and parenting talk, which no standard weighs.
  // ("Film" is also recording a visit, and a book club a place one knows a parent from: neither counts here.)
  { asks: /\b(podcasts?|tv shows?|(a|the|that|this) show|netflix|episodes?|movies?|video games?|halloween|costumes?)\b/i, holds: /\b(podcasts?|tv shows?|netflix|episodes?|movies?|video games?|halloween|costumes?)\b/i, missing: "views on books, shows, games or costumes" },
  { asks: /\b(when|where)\b[^?.]{0,20}\b(next|upcoming)\b|\bnext (\w+ ){0,3}(meeting|training|conference|session|class|exam date)\b/i, holds: new RegExp(String.raw`\b(${MONTHS})\b|\b\d{1,2}/\d{1,2}\b`, "i"), missing: "dates of upcoming events (your network's meetings are in `/meeting list`)" },
];

/** Why `entry` cannot answer `question`, in a clause for the "I don't know" answer; undefined when it can. */
export function beyondTheSources(question: string, entry: KnowledgeEntry, states: Pick<StateRegistry, "namedIn">): string | undefined {
  const entryText = `${entry.title}\n${entry.rule}\n${entry.instead}\n${entry.why}`;
  const uncovered = uncoveredStateAskedAbout(question, states, !isState(entry.jurisdiction));
  if (uncovered && !speaksOf(entryText, uncovered)) return `it covers no rules of ${uncovered}`;
  const datum = DATA.find((d) => d.asks.test(question) && (!d.holds.test(entryText) || (d.ofANamedBody && !namesTheBody(question, d.asks, entryText, entry, states, d.body))));
  return datum ? `it holds no ${datum.missing}` : undefined;
}

/**
 * Whether the entry names the body the question asks a datum of; true when the question names none. A state is
 * named by an entry of that state ("pay in North Carolina" by the NC pay entry).
 */
function namesTheBody(question: string, asks: RegExp, entryText: string, entry: KnowledgeEntry, states: Pick<StateRegistry, "namedIn">, named = NAMED_BODY): boolean {
  // The body is named where the datum is asked: "a job in Pitt County at $13 ... What's the recommended pay?" asks
  // the recommendation, not Pitt County's pay.
  const asking = question.split(/(?<=[.?!])\s+/).find((sentence) => asks.test(sentence)) ?? question;
  const body = named.exec(asking)?.[1];
  if (!body) return true;
  const state = states.namedIn(body);
  return state ? entry.jurisdiction === state : entryText.includes(body.split(/\s+/)[0]!);
}

/**
 * Whether an entry says something of a state itself, not only names it in a list ("Idaho, Utah, Oregon and
 * Washington certify peers" says nothing of how to be certified in Oregon).
 */
function speaksOf(entryText: string, name: string): boolean {
  const mentions = [...entryText.matchAll(new RegExp(String.raw`\b${name}\b`, "gi"))];
  return mentions.some((m) => {
    const before = entryText.slice(Math.max(0, m.index - 6), m.index);
    const after = entryText.slice(m.index + m[0].length, m.index + m[0].length + 1);
    return !/(,\s?|,?\s(and|or)\s)$/.test(before) && after !== ",";
  });
}

/** `nationalEntry`: the answer would come from a national or general entry, which holds wherever the asker works. */
function uncoveredStateAskedAbout(question: string, states: Pick<StateRegistry, "namedIn">, nationalEntry: boolean): string | undefined {
  const text = question.replace(NOT_THE_STATE, " ");
  const destination = LEAVING_THE_WORK_HERE.test(text) ? undefined : ASKED_ABOUT.find(({ name, movingTo }) => movingTo.test(text) && !states.namedIn(name));
  if (destination) return destination.name;
  if (states.namedIn(question) || ELSEWHERE_BEFORE.test(question)) return undefined;
  const asked = ASKED_ABOUT.find(({ name, pattern, cameFrom }) => pattern.test(text) && !cameFrom.test(text) && !states.namedIn(name));
  return asked && (!nationalEntry || asked.rulesOf.test(text)) ? asked.name : undefined;
}
