/**
 * The facts a story tells that change what a rule says: how much a gift is worth and whether giving it is the
 * family's custom, how long ago services ended, how old someone is, a missing diploma. Entries name the facts their
 * verdict turns on (front matter `when`); this reads them from the question, whatever the story's words.
 */
export interface StoryFacts {
  significantValue: boolean;
  cultural: boolean;
  /** Time since something the story dates ("three years ago", "four months after we closed"), in years. */
  yearsSince?: number;
  /** Years someone has done the work, as the story gives them ("she's only been a parent peer for two years"). */
  experienceYears?: number;
  /** An age the story gives ("she's 19", "I'm 26", "a 20-year-old"). */
  age?: number;
  noDiploma: boolean;
  /** The person who wants a family's information has no part in their care ("she has nothing to do with their case"). */
  noNeedToKnow: boolean;
  /** Someone the story names has no lived experience as a parent ("an LCSW with no kids", "she never raised a child in the system"). */
  noLivedExperience: boolean;
  /** The child's decisions or custody were another's ("her mom always made the school decisions", "I never had custody"). */
  decidedByAnother: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, "a couple of": 2, "a couple": 2, "a few": 3, several: 3,
};
const COUNT = String.raw`(\d+(?:\.\d+)?|a couple(?: of)?|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
// "three and a half years ago": the whole count is a lower bound, which is what a rule's "at least" asks.
const ELAPSED = new RegExp(String.raw`\b${COUNT}(?: and a half)?\s+(year|month|week|day)s?\s+(ago|after|later|since|back|before)\b|\b(over|about|almost|nearly) ${COUNT}(?: and a half)?\s+(year|month|week)s?\b`, "i");
// How long someone has done a job: "been doing the work for three years", "worked as a peer for 2 years", "four
// years of experience". Not "for two years" after something that ended ("sober for two years" tells no work).
const EXPERIENCE = new RegExp(String.raw`\b(?:been|worked|working|doing|done|served|serving)\b[^.?!]{0,40}?\bfor (?:only |just |about |almost |nearly |over )?${COUNT}\s+years?\b(?!\s+(?:ago|after|later|before|back))|\b${COUNT}\s+years?\s+of (?:experience|work)\b`, "i");
const UNIT_YEARS: Record<string, number> = { year: 1, month: 1 / 12, week: 1 / 52, day: 1 / 365 };
// The dollar figure from which a gift is of significant monetary value: a token of thanks costs less.
const SIGNIFICANT_DOLLARS = 50;
const VALUE_WORDS = /\b(expensive|pricey|valuable|worth a lot|worth (a few |several )?hundred|hundreds of dollars|costly|designer|luxury|jewel(ry|lery)|diamond|gold)\b/i;
const CULTURE = /\b(tradition(al|s)?|cultur(e|al|ally)|customs?|customary|ceremon(y|ial|ies)|tribe|tribal|reservation|giveaway|pow ?wow|elders?|our way|their way|in (our|their|her|his) (community|culture|family's culture))\b/i;
// Chat drops the apostrophe ("im 20", "shes 19") and curly ones are straightened first.
const AGE = /\b(?:i'?m|i am|is|she'?s|he'?s|they'?re|turned|turning|age|aged|at)\s+(\d{2})\b(?!\s*(?:hours|%|percent|minutes|families|kids|days))|\b(\d{2})[- ]?(?:year|yr)s?[- ]old\b|\b(\d{2}) ?(?:yo|y\/o|y\.o\.)(?=[\s,.?!]|$)/i;
// Neither a diploma nor a GED. Leaving school alone ("dropped out at 16", "never finished high school") does not say
// there is no GED, which the rules accept instead: that story leaves the requirement open.
const NO_DIPLOMA = /\b(never (got|earned|went back for|completed|finished|took|passed)\b[^.?!]{0,30}\b(diploma|ged)|no (high school )?(diploma|ged)|(don't|do not|didn't|did not|never) (have|had|get|got) (a |my |the )?(high school )?(diploma|ged)|without (a |my )?(high school )?(diploma|ged)|neither a (high school )?diploma nor a ged)\b/i;

// Someone outside the family's care asking after them: no part in the case, a personal tie, plain curiosity.
const NO_NEED_TO_KNOW = /\b(has|have|had) nothing to do with\b|\b(doesn't|does not|don't|do not|isn't|is not|aren't|are not|never) (work|works|worked|working) (with|on)\b|\b(not|isn't|is not|aren't|are not) (involved|on (the|their|her|his) (case|team)|part of (the|their|her|his) (case|team|care))\b|\bknows? (them|her|him|the family|the mom|the dad) from\b|\bjust (curious|nosy|nosey)\b/i;

// No lived experience as a parent of a child with needs: "no kids of her own", "never raised a kid who went through
// the system", "no lived experience".
const NO_LIVED_EXPERIENCE = /\bno (lived|personal|parent) experience\b|\b(no|without) (kids|children|child)( of (her|his|their) own)?\b|\b(never|hasn't|has not|didn't|did not) (ever )?(raised|parented|had|been through)\b[^.?!]{0,25}\b(kids?|child|children|the system)\b/i;

// Who holds a child's decisions when the story tells of helping with someone else's child: the child's own parent
// named as deciding or having custody, or the asker saying they never did. "She made all his decisions" is not
// read: "she" may be the person asking about herself.
const DECIDED_BY_ANOTHER = new RegExp(
  String.raw`\b(his|her|their|the (child|kid|boy|girl)'s|my (sister|brother|cousin|niece|nephew|friend)'s) (own )?(mom|mother|dad|father|parents?|mama)( and \w+)? (always |still |has |had |have |was |were |is |are )*(made|makes|make|making|kept|keeps|has|had|have|holds|held|in charge of|the one who made) (all )?(of )?(the |his |her |their )?(\w+ )?(\w+ )?(and \w+ )?(decisions|custody|say)\b` +
    String.raw`|\b(i|she|he) (never|didn't|did not|don't|do not|doesn't|does not|wasn't|was not) (ha(ve|d)|ma(ke|de)|get|got|the one (making|who made)) (any |the |legal )?(custody|(the |any (of the )?)?decisions)\b`,
  "i",
);

export function readFacts(text: string): StoryFacts {
  return {
    significantValue: largestDollarAmount(text) >= SIGNIFICANT_DOLLARS || VALUE_WORDS.test(text),
    cultural: CULTURE.test(text),
    ...optional("yearsSince", yearsSince(text)),
    ...optional("experienceYears", experienceYears(text)),
    ...optional("age", ageIn(text)),
    noDiploma: NO_DIPLOMA.test(text),
    noNeedToKnow: NO_NEED_TO_KNOW.test(text),
    noLivedExperience: NO_LIVED_EXPERIENCE.test(text),
    decidedByAnother: DECIDED_BY_ANOTHER.test(text.replace(/[\u2018\u2019]/g, "'")),
  };
}

/**
 * The words of the requirements a story's facts bear on: "he's 17 ... does he qualify?" asks about the minimum age
 * though it never says "age".
 */
export function requirementWordsFor(facts: StoryFacts): string {
  return [facts.age !== undefined ? "minimum age" : "", facts.noDiploma ? "education diploma" : ""].filter(Boolean).join(" ");
}

function largestDollarAmount(text: string): number {
  const amounts = [...text.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)\s*(k\b)?/gi)].map((m) => Number(m[1]!.replace(/,/g, "")) * (m[2] ? 1000 : 1));
  return Math.max(0, ...amounts);
}

function yearsSince(text: string): number | undefined {
  const m = ELAPSED.exec(text);
  if (!m) return undefined;
  const [count, unit] = m[1] ? [m[1], m[2]!] : [m[5]!, m[6]!];
  const n = Number(count) || NUMBER_WORDS[count.toLowerCase()] || 1;
  return n * UNIT_YEARS[unit.toLowerCase()]!;
}

function experienceYears(text: string): number | undefined {
  const m = EXPERIENCE.exec(text);
  const count = m?.[1] ?? m?.[2];
  return count === undefined ? undefined : Number(count) || NUMBER_WORDS[count.toLowerCase()] || 1;
}

function ageIn(text: string): number | undefined {
  const m = AGE.exec(text.replace(/[\u2018\u2019]/g, "'"));
  const age = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return age >= 10 && age <= 99 ? age : undefined;
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
