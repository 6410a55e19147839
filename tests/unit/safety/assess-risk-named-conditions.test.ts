import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds that knowledge questions and lookalikes of the retired sets were taken for a crisis by (our own wordings), and
// the crises of the same words that must stay crises.
const CRISES: CrisisCases = {
  "a child's condition named beside a harm happening": [
    ["my son with autism tried to hang himself last night", "suicide"],
    ["she has a seizure disorder and right now she's seizing and won't wake up", "emergency"],
  ],
  "a child's medicine beside an overdose": [["my daughter swallowed the whole bottle of her stimulant and keeps throwing up", "overdose"]],
  "what a child's words mean, with the words told after 'mean'": [["what does it mean when my 10 year old says he wants to die", "suicide"]],
  "a lure to an adult's place kept secret": [["the coach keeps asking my 11 year old to come to his house and says it's their secret", "child_abuse"]],
  "stalking that keeps happening, with a note that knows where one sleeps": [
    ["my ex keeps showing up at my work and left a note saying he knows where I sleep", "violence"],
  ],
  "a threat to a person, told with an intent": [
    ["he said he's gonna strangle her if she tries to leave", "violence"],
    ["the heat in that house is the least of it, her boyfriend is going to kill her", "violence"],
  ],
  "self-injury told beside a risk named": [["my daughter is cutting herself again and I think she's at risk of worse", "self_harm"]],
};

const LOOKALIKES: LookalikeCases = {
  "a child's medicine named by its class, and a side effect": [
    "her 7 year old is on a stimulant and is barely eating lunch, should she ask the doctor about a break on weekends?",
    "my son started an antidepressant last month and he's barely eating, can I tell his mom what worked for us?",
  ],
  "a child's condition or its signs described": [
    "my 4 yo lines up his cars on the windowsill and melts down if anyone moves them, could it be autism?",
    "my 8 year old has a seizure disorder, can I still train as a family partner?",
    "his daughter takes medicine for her seizure disorder and misses school sometimes",
  ],
  "a phrase whose meaning is asked": [
    "what does 'no child left behind' mean in the toolkit?",
    "what does 'nobody is at home in the system' mean in the training slides",
  ],
  "idioms of loud protest, machines and weather": [
    "the toddler screams bloody murder every time we buckle her car seat",
    "my supervisor says she's going to strangle the copier if it eats one more form",
    "the heat in that classroom is going to kill us",
  ],
  "records cleared and abuse suspected as a duty": [
    "our agency wants to purge the old case notes, how long must we keep them?",
    "who do I call if I ever suspect abuse in a family I visit?",
    "if I suspect neglect at a home visit, do I tell my supervisor first?",
  ],
  "a harm named as a risk, in the words of a duty": [
    "When a parent is at risk of hurting someone, how much do I share in the report?",
    "the form asks whether the youth is at risk of harming himself, who fills that in?",
  ],
};

describeTriageCases("crisis triage tells a named condition, a medicine or a quoted phrase from a harm", CRISES, LOOKALIKES);
