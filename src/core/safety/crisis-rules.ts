import type { Concept } from "./concept-vocabulary.js";

export const CRISIS_KINDS = ["suicide", "self_harm", "child_abuse", "violence", "overdose", "emergency"] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];
export type RiskLevel = "crisis" | "caution";

/**
 * A harm concept and what must meet it in the same sentence or the next: `needs` is a list of groups, one concept
 * of each group present; `target` is the harm's object (at most three words after it, or before it in the
 * passive: "the baby was shaken"); `within` keeps `needs` close to the harm; `none` vetoes; `unlessSubject`
 * vetoes when the word just before the harm is one of these ("this caseload is killing me"), `unlessObject` when the first one after it is.
 * A harm that is negated ("he never hit her") lowers a crisis to caution: denied, it is still worth a line.
 */
export interface CrisisRule {
  kind: CrisisKind;
  level: RiskLevel;
  harm: Concept[];
  needs?: Concept[][];
  target?: Concept[];
  within?: number;
  none?: Concept[];
  unlessSubject?: Concept[];
  /** Vetoes when the harm's object is one of these: "gonna strangle the fax machine". */
  unlessObject?: Concept[];
  /** The harm is a verb used without an object: "she cuts when it gets bad", not "cut the dose" or "earn a cut". */
  intransitive?: boolean;
}

const PERSON: Concept[] = ["thirdPerson", "partner", "adult", "child"];

// Order is priority: the first matching rule names the kind. Child harm comes before violence between adults.
export const CRISIS_RULES: CrisisRule[] = [
  // Wish to die, plans, goodbyes, means.
  { kind: "suicide", level: "caution", harm: ["suicideTerm"], needs: [["bereavement"]] },
  { kind: "suicide", level: "crisis", harm: ["suicideTerm"], none: ["bereavement"] },
  { kind: "suicide", level: "crisis", harm: ["die"], needs: [["desire"]], within: 4 },
  { kind: "suicide", level: "crisis", harm: ["killVerb"], target: ["reflexive"] },
  { kind: "suicide", level: "crisis", harm: ["endVerb"], target: ["life"] },
  { kind: "suicide", level: "crisis", harm: ["notLiving"], needs: [["reasonToLive"]] },
  { kind: "suicide", level: "crisis", harm: ["notAround"], needs: [["lastingAbsence", "desire", "timePoint", "event", "goodbye"]] },
  { kind: "suicide", level: "crisis", harm: ["notWaking"], needs: [["desire"]] },
  // "she'd be better off" said of leaving a husband is advice about a marriage.
  { kind: "suicide", level: "crisis", harm: ["hopelessStrong"], none: ["relationshipEnd"] },
  { kind: "suicide", level: "caution", harm: ["hopelessWeak"] },
  { kind: "suicide", level: "caution", harm: ["worthless"] },
  { kind: "suicide", level: "crisis", harm: ["unmissed"], needs: [["die"]] },
  { kind: "suicide", level: "caution", harm: ["unmissed"] },
  { kind: "suicide", level: "crisis", harm: ["anyoneNotice"], needs: [["die", "method", "noBrakes", "pills", "weapon", "rope"]] },
  { kind: "suicide", level: "caution", harm: ["anyoneNotice"] },
  { kind: "suicide", level: "crisis", harm: ["goodbye"], needs: [["farewellForm", "unreachable", "finality", "doneFor", "offline", "lastingAbsence"]] },
  // "if something happens to me, make sure my kids are ok": a farewell told as a supposition, unless a surgery is coming.
  { kind: "suicide", level: "crisis", harm: ["goodbye"], needs: [["finality"]], none: ["event"] },
  { kind: "suicide", level: "crisis", harm: ["apology"], needs: [["image"], ["thirdPerson", "child", "partner"], ["pills", "substance", "weapon", "rope", "noose", "method"], ["offline", "unreachable"]] },
  // "I have the rope, I'm sorry" sent before going quiet: means and an apology in a last message.
  { kind: "suicide", level: "crisis", harm: ["apology"], needs: [["rope", "noose", "weapon"], ["farewellForm", "goodbye"]] },
  { kind: "suicide", level: "caution", harm: ["goodbye"] },
  // Ready to go to someone who has died, with peace made or hope given up.
  { kind: "suicide", level: "crisis", harm: ["joinTheDead"], needs: [["finality", "lowMood", "hopelessWeak", "worthless", "hopelessStrong", "goodbye", "unmissed"]] },
  { kind: "suicide", level: "caution", harm: ["joinTheDead", "stopMeds"] },
  // "in case I need to pay the bills while he travels": an errand before a trip.
  { kind: "suicide", level: "caution", harm: ["finality"], none: ["event"] },
  { kind: "suicide", level: "caution", harm: ["notMatter", "lowMood", "notGoingHome"] },
  { kind: "suicide", level: "crisis", harm: ["farewellForm"], needs: [["finality"]] },
  // A date picked and "I'm done" after it: the event only marks when ("after my daughter's birthday I'm done").
  { kind: "suicide", level: "crisis", harm: ["chosenDate"], needs: [["doneFor", "endIt", "finality", "lastingAbsence", "goodbye", "hopelessWeak", "hopelessStrong"]] },
  // A mind made up, or thanks for listening, on a day named: a farewell, unless the day is for an event.
  { kind: "suicide", level: "crisis", harm: ["chosenDate"], needs: [["gratitude", "mindMadeUp"]], none: ["event"] },
  // A rope or a noose found with a note or a last message: "a length of rope and a note addressed to his sister".
  { kind: "suicide", level: "crisis", harm: ["rope", "noose"], needs: [["farewellForm", "lastWords", "goodbye"]], none: ["leisure", "play", "event"] },
  // Means kept close and the mind made up: "he has the rope and says he knows how he's going to do it".
  { kind: "suicide", level: "crisis", harm: ["rope", "noose", "weapon", "pills"], needs: [["mindMadeUp"]], none: ["leisure", "play"] },
  { kind: "suicide", level: "crisis", harm: ["chosenDate"], none: ["event"] },
  { kind: "suicide", level: "crisis", harm: ["painlessDeath"] },
  // Means at hand with giving up, a goodbye, or a last trip: "the rope is in the garage, I can't do this anymore".
  { kind: "suicide", level: "crisis", harm: ["rope", "noose", "weapon"], needs: [["hopelessWeak", "exhausted"]], none: ["leisure", "play", "chore"] },
  { kind: "suicide", level: "crisis", harm: ["pills", "rope", "noose", "weapon"], needs: [["goodbye", "notComingBack"]], none: ["leisure", "play", "chore"] },
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["notComingBack", "goodbye"]], none: ["event", "leisure"] },
  { kind: "suicide", level: "crisis", harm: ["farewellLetters"], needs: [["doneFor", "hopelessStrong", "hopelessWeak", "worthless", "notAround", "lastingAbsence", "goodbye", "timePoint", "chosenDate"]], none: ["school", "event", "play", "leisure"] },
  { kind: "suicide", level: "crisis", harm: ["getItRight"], needs: [["recurrence", "overdoseTerm", "naloxone", "suicideTerm", "pills", "rope", "noose", "weapon"]] },
  { kind: "suicide", level: "crisis", harm: ["countdown"], needs: [["die", "notLiving", "notAround", "goodbye", "finality", "lastingAbsence", "hopelessStrong", "hopelessWeak"]] },
  { kind: "suicide", level: "crisis", harm: ["notLiving"], needs: [["desire"]], within: 4 },
  { kind: "suicide", level: "crisis", harm: ["countdown"], needs: [["mourning"]] },
  { kind: "suicide", level: "crisis", harm: ["rehearsal"], needs: [["timePoint", "chosenDate", "method", "pills", "rope", "weapon"]], none: ["event"] },
  { kind: "suicide", level: "crisis", harm: ["crashIntent"], needs: [["vehicle", "timePoint", "intoxicated", "desire", "intent", "hopelessWeak", "hopelessStrong", "goodbye"]], none: ["accident"] },
  // A spot picked with a goodbye or giving up: "she's done fighting, picked out the spot, asked me to check on her boys".
  { kind: "suicide", level: "crisis", harm: ["placeChosen"], needs: [["goodbye", "doneFor", "hopelessStrong", "hopelessWeak", "worthless"]], none: ["event", "leisure"] },
  // Two goodbyes in one message: "this is goodbye ... take care of my families for me".
  { kind: "suicide", level: "crisis", harm: ["goodbye"], needs: [["goodbye"]], none: ["event", "movingOn"] },
  // A picture of one's wrists with an apology or giving up.
  { kind: "self_harm", level: "crisis", harm: ["image"], needs: [["bodyPart"], ["apology", "goodbye", "hopelessWeak", "hopelessStrong"]], none: ["accident"] },
  { kind: "suicide", level: "caution", harm: ["chosenDate"] },
  { kind: "suicide", level: "crisis", harm: ["method"], needs: [["desire", "intent", "timePoint", "hopelessWeak", "worthless", "hopelessStrong", "die", "killVerb", "research", "lowMood"]], none: ["leisure"] },
  // A pet or a thing handed on for good: "look after her cat permanently".
  { kind: "suicide", level: "crisis", harm: ["handOver"], target: ["possessions"], needs: [["permanence", "lastingAbsence"]], none: ["event"] },
  { kind: "suicide", level: "caution", harm: ["handOver"], target: ["possessions"] },
  { kind: "suicide", level: "caution", harm: ["notNeeding"], needs: [["lastingAbsence"]] },
  // Things handed on and "won't need them": a farewell in deeds.
  { kind: "suicide", level: "crisis", harm: ["notNeeding"], needs: [["handOver", "giveAway"]], none: ["goingAway"] },
  // Not needing one's things after a day to come ("won't need my stuff after Friday") is a farewell, unless moving.
  { kind: "suicide", level: "crisis", harm: ["notNeeding"], needs: [["possessions"], ["timePoint", "chosenDate"]], none: ["goingAway"] },
  { kind: "suicide", level: "crisis", harm: ["giveAway"], target: ["possessions"] },
  // "saved up about 60 of my sleeping pills": the amount may sit between.
  { kind: "suicide", level: "crisis", harm: ["pills", "substance"], needs: [["stockpile"]], within: 7, none: ["medicineChoices"] },
  { kind: "suicide", level: "caution", harm: ["pills"], needs: [["hiding"]], within: 4 },
  { kind: "suicide", level: "crisis", harm: ["noose"] },
  { kind: "suicide", level: "crisis", harm: ["weaponHandling"], needs: [["habit", "duration", "night", "lowMood", "contemplate", "hopelessWeak", "worthless"]], none: ["leisure", "play"] },
  // Means at hand beside a burden or a life not worth it: "she's a burden and she has the pills ready".
  { kind: "suicide", level: "crisis", harm: ["pills", "weapon", "rope", "sharp"], needs: [["worthless", "hopelessStrong"]] },
  { kind: "suicide", level: "crisis", harm: ["rope", "weapon", "pills", "sharp"], needs: [["notForPurpose"]] },
  // Means held in one's hand, with all of them, a low mood or worn out: "holding all my meds in my hand, so tired".
  { kind: "suicide", level: "crisis", harm: ["pills", "sharp", "rope", "weapon"], needs: [["inHand"], ["amount", "lowMood", "exhausted", "hopelessWeak", "worthless", "hopelessStrong"]], none: ["leisure", "play"] },
  { kind: "suicide", level: "caution", harm: ["pills", "sharp", "rope", "weapon"], needs: [["inHand"]], none: ["leisure", "play"] },
  // Holding all one's pills while worn out or giving up, with or without "in my hand".
  { kind: "suicide", level: "crisis", harm: ["pills", "sharp", "rope"], needs: [["brandish"], ["exhausted", "hopelessWeak", "hopelessStrong", "worthless"]], none: ["leisure", "play", "chore"] },
  { kind: "suicide", level: "caution", harm: ["pills"], needs: [["brandish"], ["amount"]], within: 4, none: ["prescribed"] },
  // Means kept "for when it gets bad enough"; a family paid out by one's death; a note written with giving up.
  { kind: "suicide", level: "crisis", harm: ["pills", "weapon", "rope", "sharp", "noose"], needs: [["forWhen"]] },
  { kind: "suicide", level: "crisis", harm: ["payout"] },
  { kind: "suicide", level: "crisis", harm: ["farewellForm"], needs: [["hopelessWeak", "hopelessStrong", "worthless"]], none: ["event", "movingOn"] },
  // "if I just didn't hit the brakes tonight, would anyone notice": a crash let happen, with no one to miss them.
  { kind: "suicide", level: "crisis", harm: ["noBrakes"], needs: [["unmissed", "anyoneNotice", "desire", "hopelessWeak", "hopelessStrong", "worthless", "notMatter"]] },
  // A hose and tape kept in the car: the means of fumes.
  { kind: "suicide", level: "crisis", harm: ["enclosed"], needs: [["enclosed"], ["vehicle"]] },
  // A last message with thanks to all: a farewell, unless the writer is moving on to a new job or group.
  { kind: "suicide", level: "crisis", harm: ["lastWords"], needs: [["gratitude", "goodbye", "finality", "lastingAbsence"]], none: ["movingOn", "event"] },
  { kind: "self_harm", level: "crisis", harm: ["wantPain"], needs: [["injury", "wound", "sharp", "bleed", "punchObject"]] },
  // Blades hidden away and blood found: the signs of self-injury kept secret.
  { kind: "self_harm", level: "crisis", harm: ["sharp"], needs: [["hiding", "concealment"], ["bleed", "wound"]], none: ["accident"] },
  // Skin kept covered, with blood or wounds found: long sleeves in July and bloody tissues in the trash.
  { kind: "self_harm", level: "crisis", harm: ["coverUp"], needs: [["bleed", "wound", "sharp"], ["child", "thirdPerson", "partner"]], none: ["accident", "chore"] },
  { kind: "suicide", level: "crisis", harm: ["evasive"], needs: [["rope", "noose", "weapon", "pills", "substance"]] },
  // Passwords and papers handed over before a trip are errands.
  { kind: "suicide", level: "crisis", harm: ["affairs"], needs: [["farewellForm", "goodbye", "chosenDate", "timePoint", "giveAway", "handOver", "possessions"]], none: ["event"] },
  { kind: "suicide", level: "caution", harm: ["affairs"] },
  { kind: "suicide", level: "crisis", harm: ["barricaded", "lockedIn"], needs: [["sharp", "weapon", "pills", "substance", "rope", "noose"]] },
  { kind: "suicide", level: "crisis", harm: ["takeAlong"], needs: [["ifGone", "finality", "die", "suicideTerm"]] },
  { kind: "suicide", level: "crisis", harm: ["rope"], needs: [["knot"]] },
  { kind: "suicide", level: "crisis", harm: ["lethal"], needs: [["die", "killVerb", "overdoseTerm", "pills", "substance"]] },
  { kind: "suicide", level: "crisis", harm: ["doseQuestion"], needs: [["die", "overdoseTerm"]], within: 8 },
  { kind: "suicide", level: "crisis", harm: ["doseQuestion"], needs: [["pills", "substance"], ["killVerb"]], within: 8 },
  // How much would be too much, asked of a toddler's fever medicine, is a dosing question.
  { kind: "suicide", level: "crisis", harm: ["doseQuestion"], needs: [["pills", "substance"], ["itTakes"]], within: 8, none: ["baby"] },
  // Means at hand and thought about; a weapon for oneself; a death made to look like an accident.
  { kind: "suicide", level: "crisis", harm: ["plan"], needs: [["pills", "substance", "weapon", "rope", "noose", "method", "timePoint", "chosenDate"]] },
  { kind: "suicide", level: "crisis", harm: ["contemplate"], needs: [["pills", "substance", "weapon", "rope", "method"]] },
  { kind: "suicide", level: "crisis", harm: ["weapon"], needs: [["forSelf"]], within: 10 },
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["weaponUse"]] },
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["confrontIntent"]], none: ["leisure", "play"] },
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["carryTo"], ["school", "place", "event", "timePoint", "group"]], within: 8, none: ["leisure", "play", "permissionAsk"] },
  { kind: "suicide", level: "crisis", harm: ["staged"], needs: [["disguise"], ["crash", "method", "reflexive", "pills", "substance"]] },
  { kind: "violence", level: "crisis", harm: ["staged"], needs: [["disguise"]], within: 6 },
  // A plan with a deadline: "end it after christmas", "nobody will have to deal with me after saturday".
  { kind: "suicide", level: "crisis", harm: ["endIt"], needs: [["timePoint", "event", "chosenDate", "desire", "finality", "lastingAbsence", "hopelessWeak", "worthless", "hopelessStrong", "goodbye", "method", "rope", "noose", "pills", "sharp"]], none: ["relationshipEnd"], unlessSubject: ["workThing", "collective"] },
  { kind: "suicide", level: "caution", harm: ["endIt"], none: ["relationshipEnd"], unlessSubject: ["workThing", "collective"] },
  { kind: "suicide", level: "crisis", harm: ["burdenEnd"], needs: [["timePoint", "event", "lastingAbsence", "finality", "chosenDate"]] },
  { kind: "suicide", level: "caution", harm: ["burdenEnd"] },
  // Things handed on with a farewell in words: "won't need it where I'm going", "I want you to have it".
  { kind: "suicide", level: "caution", harm: ["notNeeding"], needs: [["goingAway"]] },
  { kind: "suicide", level: "caution", harm: ["bequest"], needs: [["possessions", "handOver", "giveAway"]] },
  // Someone at a place people die from, with a goodbye or a hopeless word.
  // A photo or a picnic taken there is a visit.
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["goodbye", "finality", "unmissed", "hopelessWeak", "worthless", "hopelessStrong", "doneFor", "desire", "die", "notMatter", "gazeAt"]], none: ["leisure", "image"] },
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["placeChosen"]], none: ["event", "leisure", "image"] },
  // Said to be there now, at night, or gone quiet: "im on the bridge", "her location shows the tracks and she won't answer".
  // Thinking of jumping from there, a photo or not.
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["doneFor"], ["desire", "intent", "contemplate"]], none: ["leisure"] },
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["hereNow", "night", "offline", "unreachable", "apology"]], none: ["event", "leisure", "vehicle", "namedGroup"] },
  // A picture from a bridge sent as the "last one": a goodbye, though a photo.
  { kind: "suicide", level: "crisis", harm: ["suicidePlace"], needs: [["lastWords", "finality", "goodbye"]], none: ["event", "leisure"] },
  { kind: "suicide", level: "crisis", harm: ["research"], needs: [["die", "killVerb", "lethal", "overdoseTerm", "noose", "suicideTerm"]] },
  // Looking up how much of a medicine would be too much.
  { kind: "suicide", level: "crisis", harm: ["research"], needs: [["doseQuestion"], ["pills", "substance"], ["amount"]], none: ["baby"] },
  // Looking up how high a bridge is, how deep the river: measuring a fall.
  { kind: "suicide", level: "crisis", harm: ["heightOfFall"], needs: [["suicidePlace"], ["research", "firstPerson"]] },
  { kind: "suicide", level: "crisis", harm: ["intoWater"], needs: [["intent", "desire"]], none: ["play", "leisure"] },
  // Giving up, with a moment set for it: "I can't do this anymore. Tonight's the night."
  { kind: "suicide", level: "crisis", harm: ["hopelessWeak"], needs: [["timePoint", "chosenDate"]] },
  // Letters left for each child to find: a farewell written.
  { kind: "suicide", level: "crisis", harm: ["farewellForm"], needs: [["child"], ["findLater"]] },

  // Self-injury of any kind.
  { kind: "self_harm", level: "crisis", harm: ["selfHarmTerm"] },
  { kind: "self_harm", level: "crisis", harm: ["freshWound"], needs: [["thirdPerson", "child", "reflexive", "partner", "adult", "firstPerson"]], none: ["accident", "chore", "animal", "play"] },
  // Needles or pins pushed into fingertips, a blade on the thigh: something sharp on the body, on purpose.
  { kind: "self_harm", level: "crisis", harm: ["sharp"], needs: [["bodyPart", "fingertips"], ["child", "thirdPerson", "reflexive"]], within: 6, none: ["accident", "chore", "play", "leisure"] },
  { kind: "self_harm", level: "caution", harm: ["selfHarmVerb"], target: ["reflexive"], needs: [["accident"]] },
  { kind: "self_harm", level: "crisis", harm: ["selfHarmVerb"], target: ["reflexive"], none: ["accident"] },
  { kind: "self_harm", level: "crisis", harm: ["headAgainst"] },
  // Not eating beside a medicine is most often its side effect ("barely eating since the Concerta"): the safety line
  // leads, not a crisis.
  { kind: "self_harm", level: "crisis", harm: ["disorderedEating"], none: ["substance", "prescribed"] },
  { kind: "self_harm", level: "caution", harm: ["disorderedEating"] },
  { kind: "self_harm", level: "crisis", harm: ["purgeAfter"], needs: [["habit", "duration"]], none: ["baby"] },
  { kind: "child_abuse", level: "crisis", harm: ["coercion"], needs: [["child"], ["touch"]], within: 8 },
  { kind: "self_harm", level: "crisis", harm: ["selfHarmVerb"], needs: [["bodyPart"], ["thirdPerson", "child", "reflexive"]], within: 6, none: ["accident", "play"] },
  // Told by the one who does it, with no one else there to do it: "i've been burning my forearm again".
  { kind: "self_harm", level: "crisis", harm: ["selfHarmVerb"], needs: [["bodyPart"], ["firstPerson"]], within: 6, none: ["accident", "play", "chore", "leisure", "partner", "adult", "thirdPerson", "child"] },
  { kind: "self_harm", level: "crisis", harm: ["selfHarmVerb"], needs: [["wound"], ["thirdPerson", "child", "reflexive"]], within: 6, none: ["accident", "play"] },

  // Sexual abuse, grooming, enforced secrecy.
  { kind: "child_abuse", level: "crisis", harm: ["sexualAbuse"], needs: [["child"]] },
  // A grown-up partner in a child's bed, with the child's fear, a locked door or a secret.
  { kind: "child_abuse", level: "crisis", harm: ["childBed"], needs: [["partner", "olderStranger", "adult"], ["fearSign", "lock", "secret", "notTelling"]] },
  // A child who flinches or regresses, with marks on the body.
  { kind: "child_abuse", level: "crisis", harm: ["fearSign"], needs: [["child"], ["injury", "wound"]], none: ["accident"] },
  // "daddy hurts my private": a child's private parts hurt by a grown-up.
  { kind: "child_abuse", level: "crisis", harm: ["private"], needs: [["hitVerb", "selfHarmVerb", "touch"], ["adult", "partner", "olderStranger"]], within: 4, none: ["accident", "play", "leisure"] },
  { kind: "child_abuse", level: "crisis", harm: ["sexualizedBehavior"], needs: [["child", "baby"]] },
  // A minor "dating" an adult ("my 14yo's boyfriend is 24"), a child trafficked, or a child's fear of an adult.
  { kind: "child_abuse", level: "crisis", harm: ["olderStranger"], needs: [["child"], ["dating", "partner"]], none: ["adultChild"] },
  { kind: "child_abuse", level: "crisis", harm: ["trafficking"], needs: [["child"]] },
  { kind: "violence", level: "crisis", harm: ["trafficking"], needs: [PERSON] },
  { kind: "child_abuse", level: "crisis", harm: ["abuseSigns"], needs: [["child"], ["partner", "adult", "olderStranger", "night", "contactContext"]] },
  { kind: "violence", level: "crisis", harm: ["sexualAbuse"] },
  // A toddler climbing into a bed or touching is the child, not an abuser.
  { kind: "child_abuse", level: "crisis", harm: ["touch"], needs: [["private"]], unlessSubject: ["baby"] },
  { kind: "child_abuse", level: "crisis", harm: ["touch"], needs: [PERSON, ["contactContext", "secret", "notTelling"]], unlessSubject: ["baby"] },
  // "Her stepdad touches her when mom's at work", "the cousin has been touching the 6yo": a child touched by a
  // grown-up of the household, said in those words, is a disclosure.
  { kind: "child_abuse", level: "crisis", harm: ["touchWord"], target: ["child", "thirdPerson"], needs: [["child"], ["partner", "adult"]], unlessSubject: ["baby", "child"] },
  { kind: "child_abuse", level: "crisis", harm: ["secret", "notTelling", "keptFrom"], needs: [["child", "partner", "adult", "thirdPerson"], ["coercion", "contactContext", "touch", "olderStranger", "private"]] },
  { kind: "child_abuse", level: "crisis", harm: ["porn"], needs: [["child"], ["adult", "olderStranger", "partner", "thirdPerson"], ["showVerb", "sendVerb"]] },
  // Made to watch it: "her uncle makes her watch dirty movies with him".
  { kind: "child_abuse", level: "crisis", harm: ["porn"], needs: [["child", "thirdPerson"], ["adult", "olderStranger", "partner"], ["coercion", "watchVerb"]] },
  { kind: "child_abuse", level: "crisis", harm: ["lure"], needs: [["child"], ["adult", "olderStranger", "partner", "thirdPerson"], ["contactContext", "secret", "notTelling", "keptFrom"]] },
  { kind: "child_abuse", level: "crisis", harm: ["lock"], needs: [["room"], ["partner", "olderStranger"], ["child"]], within: 12 },
  { kind: "child_abuse", level: "caution", harm: ["secret", "notTelling", "keptFrom"], needs: [["child"], ["adult", "partner", "thirdPerson"]] },
  // Made to shower with the door open, and watched.
  { kind: "child_abuse", level: "crisis", harm: ["exposure"], needs: [["child"], ["contactContext"], ["coercion"], ["watchVerb"]] },
  { kind: "child_abuse", level: "crisis", harm: ["nightVisit"], needs: [["night"], ["adult", "partner", "olderStranger"], ["child"]], unlessSubject: ["baby"] },
  { kind: "child_abuse", level: "crisis", harm: ["photoRequest"], needs: [["child", "olderStranger", "online"]] },
  { kind: "child_abuse", level: "crisis", harm: ["sendVerb"], needs: [["image"], ["child", "thirdPerson"], ["coercion", "olderStranger", "online", "secret", "notTelling"]], within: 4 },
  { kind: "child_abuse", level: "crisis", harm: ["olderStranger"], needs: [["child"], ["online", "secret", "photoRequest", "contactContext", "runaway"]] },
  { kind: "child_abuse", level: "crisis", harm: ["runaway"], needs: [["child"], ["online", "olderStranger", "secret"]] },
  { kind: "child_abuse", level: "caution", harm: ["runaway"], needs: [["child"]] },

  // Physical abuse of a child or a baby.
  { kind: "child_abuse", level: "crisis", harm: ["hitVerb", "violentVerb"], target: ["child", "baby"] },
  { kind: "child_abuse", level: "crisis", harm: ["hitVerb"], target: ["thirdPerson"], needs: [["child"]] },
  // The same "accident" told again for a child's injury ("says he fell again, the third time"): a story that recurs.
  { kind: "child_abuse", level: "crisis", harm: ["injury"], needs: [["child"], ["accident"], ["recurrence"], ["warn"]] },
  { kind: "child_abuse", level: "caution", harm: ["injury"], needs: [["child"], ["accident"]] },
  { kind: "child_abuse", level: "crisis", harm: ["injury"], needs: [["child"]], none: ["accident"] },
  { kind: "child_abuse", level: "crisis", harm: ["babyHarm"], needs: [["baby"]], none: ["unharmed"] },
  { kind: "child_abuse", level: "caution", harm: ["babyHarm"], needs: [["baby"]] },
  { kind: "child_abuse", level: "crisis", harm: ["submerge"], needs: [["child", "baby"], ["forceAgainst", "hitVerb", "discipline"]] },
  { kind: "emergency", level: "crisis", harm: ["submerge"], needs: [["child", "baby", "unresponsive", "notBreathing"]] },
  { kind: "emergency", level: "crisis", harm: ["highFever"], needs: [["baby", "unwell", "unresponsive"]] },
  { kind: "emergency", level: "crisis", harm: ["cardiac"], needs: [["unwell", "bodyCold", "unresponsive", "blue", "breathing"]] },
  { kind: "child_abuse", level: "crisis", harm: ["silence"], needs: [["permanence"], ["baby", "child", "thirdPerson"]], within: 8 },
  // A fall or a blow, then vomiting or sleepiness: a head injury in a child is an emergency.
  { kind: "emergency", level: "crisis", harm: ["impact"], needs: [["baby", "child"], ["unwell", "unresponsive", "notWaking"]] },
  { kind: "emergency", level: "crisis", harm: ["impact"], needs: [["partner", "adult", "elder", "thirdPerson"], ["unwell", "unresponsive", "notWaking"]] },
  { kind: "child_abuse", level: "crisis", harm: ["harmInstrument"], needs: [["child", "thirdPerson"], ["forceAgainst", "hitVerb", "discipline"]], none: ["accident"] },
  { kind: "child_abuse", level: "crisis", harm: ["injury"], needs: [["hitVerb", "discipline", "weapon"]], none: ["partner"] },
  { kind: "violence", level: "crisis", harm: ["injury"], needs: [["partner"]] },
  { kind: "child_abuse", level: "caution", harm: ["injury"], needs: [["thirdPerson", "adult"]] },
  { kind: "child_abuse", level: "crisis", harm: ["domesticViolence"], needs: [["child"]] },

  { kind: "violence", level: "crisis", harm: ["takeAllAlong"], needs: [["weapon", "finality", "doneFor", "die", "killVerb", "anger", "threat"]], none: ["play", "event"] },
  // Hiding from someone with a weapon, the children too: violence, before the closet reads as a child shut in.
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["hidingFrom", "lockedIn", "barricaded"]] },

  // Neglect: no adult, no food, shut in, intoxicated care.
  { kind: "child_abuse", level: "crisis", harm: ["aloneNoAdult", "notSupervised"], needs: [["child"]], none: ["aloneWith", "briefly", "childcareGap"] },
  { kind: "child_abuse", level: "caution", harm: ["aloneNoAdult", "notSupervised"], needs: [["child"]] },
  // Children left in a car, overnight, or for hours, and not with someone who cares for them.
  { kind: "child_abuse", level: "crisis", harm: ["leaveVerb"], target: ["child", "baby"], needs: [["vehicle", "hourSpan", "night", "duration", "goOut"]], none: ["inCare"] },
  // Not eating beside a medicine is its side effect, as with disordered eating: the safety line, not a crisis.
  { kind: "child_abuse", level: "crisis", harm: ["noFood", "notFed"], needs: [["child"]], none: ["prescribed"] },
  { kind: "child_abuse", level: "crisis", harm: ["vitalMedicine"], needs: [["child"], ["ranOut", "duration"]] },
  // A punishment that draws blood: "makes him kneel on rice when he lies; his knees were bleeding".
  { kind: "child_abuse", level: "crisis", harm: ["bleed", "wound"], needs: [["child"], ["discipline"]], none: ["accident", "play"] },
  { kind: "child_abuse", level: "caution", harm: ["noFood", "notFed"], needs: [["child"]] },
  { kind: "child_abuse", level: "crisis", harm: ["hunger"], needs: [["child"], ["duration", "notFed", "noFood", "aloneNoAdult", "squalor", "caregiverAbsent"]] },
  { kind: "child_abuse", level: "caution", harm: ["hunger"], needs: [["child"]] },
  { kind: "child_abuse", level: "crisis", harm: ["caregiverAbsent"], needs: [["child"]] },
  { kind: "child_abuse", level: "crisis", harm: ["confinement", "squalor"], needs: [["child"]] },
  { kind: "child_abuse", level: "crisis", harm: ["utilitiesOff"], needs: [["child"], ["cold", "duration", "unwell"]] },
  { kind: "child_abuse", level: "crisis", harm: ["shutOff"], needs: [["utility"], ["child", "baby"], ["cold", "duration"]] },
  { kind: "child_abuse", level: "caution", harm: ["utilitiesOff"], needs: [["child"]] },
  { kind: "child_abuse", level: "crisis", harm: ["intoxicated"], needs: [["child", "caregiving"]] },
  // "mom relapsed and has the kids this weekend" is a danger now; "since my son relapsed" is a worry.
  { kind: "child_abuse", level: "crisis", harm: ["relapse"], needs: [["caregiving"]] },
  { kind: "overdose", level: "caution", harm: ["relapse"] },
  // Whoever is intoxicated, with children and a weapon, a swing or the wheel: "high and swinging a bat at his brothers".
  { kind: "child_abuse", level: "crisis", harm: ["intoxicated"], needs: [["child", "baby"], ["weapon", "harmInstrument", "violentVerb", "hitVerb", "swing", "threat", "caregiving"]] },
  // Drink given to a small child, or any drink or drug given to make a child sleep: poisoning.
  { kind: "overdose", level: "crisis", harm: ["alcohol"], needs: [["baby"], ["administer"]] },
  { kind: "overdose", level: "crisis", harm: ["alcohol"], needs: [["child"], ["administer"], ["habit", "night", "duration", "unwell", "unresponsive", "sedate"]] },
  { kind: "overdose", level: "crisis", harm: ["sedate"], needs: [["child", "baby"], ["substance", "alcohol"], ["administer"]], none: ["prescribed"] },
  { kind: "overdose", level: "caution", harm: ["intoxicated"] },

  // Self-injury seen on the body (after child abuse, so injuries on a child read as abuse).
  { kind: "self_harm", level: "crisis", harm: ["cutAlone"], needs: [["thirdPerson", "child", "reflexive", "firstPerson"]], intransitive: true },
  { kind: "emergency", level: "crisis", harm: ["bleed"], needs: [["notStopping"]], within: 4 },
  { kind: "self_harm", level: "crisis", harm: ["deeperCut"], needs: [["bodyPart", "image", "wound", "sharp", "recurrence", "bleed"]] },
  // "fresh cuts on my 12 year old's thighs": an age between the wound and the body part.
  { kind: "self_harm", level: "crisis", harm: ["wound"], needs: [["bodyPart"], ["thirdPerson", "reflexive", "concealment", "child"]], within: 8, none: ["accident", "chore"] },

  // Violence and threats, at home, school or online; weapons.
  { kind: "violence", level: "crisis", harm: ["deathThreat", "chokehold"] },
  { kind: "violence", level: "crisis", harm: ["buryThreat"], unlessSubject: ["workThing"] },
  // Someone forcing a door with a bat, or after hurting her before: "pounding on the door right now, he broke her arm last month".
  { kind: "violence", level: "crisis", harm: ["forcingDoor"], needs: [["weapon", "bludgeon", "threat", "fear", "injury", "domesticViolence", "stalking", "menace", "anger", "intoxicated", "deathThreat"]] },
  { kind: "violence", level: "crisis", harm: ["bludgeon"], needs: [["forcingDoor", "approaching", "stalking", "anger", "threat", "brandish", "intoxicated"]], none: ["play", "leisure"] },
  // Dragged or grabbed by the hair, by anyone but a toddler.
  { kind: "violence", level: "crisis", harm: ["drag"], needs: [["hairGrab"]], within: 4, unlessSubject: ["baby"] },
  // A threat of losing the children, with a gun in the house.
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["coercion", "warn"], ["partner"]] },
  { kind: "violence", level: "crisis", harm: ["violentVerb", "hitVerb"], target: [...PERSON, "place"], unlessSubject: ["workThing"], none: ["play"] },
  { kind: "violence", level: "crisis", harm: ["violentVerb"], target: ["firstPersonObject"], needs: [["intent"]], unlessSubject: ["workThing"], none: ["play"] },
  { kind: "violence", level: "crisis", harm: ["takeAllOut"], needs: [["intent", "warn", "weapon", "anger"]] },
  { kind: "violence", level: "crisis", harm: ["possessiveThreat"] },
  { kind: "violence", level: "crisis", harm: ["listThreat"], needs: [["school", "place", "online"], ["intent", "timePoint", "vagueThreat", "violentVerb", "weapon"]] },
  { kind: "violence", level: "crisis", harm: ["approaching"], needs: [["partner", "thirdPerson"], ["deathThreat", "domesticViolence", "assault", "injury", "weapon", "stalking", "menace", "child"]] },
  // Thrown or slammed against a wall: "threw their 2 yr old against the wall".
  { kind: "child_abuse", level: "crisis", harm: ["drag", "hitVerb"], target: ["child", "baby"], needs: [["forceAgainst"]] },
  // A child held out over a balcony or a window.
  { kind: "child_abuse", level: "crisis", harm: ["overDrop"], needs: [["child", "baby"], ["brandish", "anger", "threat", "drag"]] },
  // "bringing something to school tomorrow, everyone will see": a vague threat with a place or a day.
  { kind: "violence", level: "crisis", harm: ["vagueThreat"], needs: [["school", "place", "online"], ["timePoint", "vagueThreat", "brandish", "anger", "weapon"]] },
  { kind: "violence", level: "crisis", harm: ["vagueThreat"], needs: [["vagueThreat", "weapon"], ["timePoint", "school", "place", "anger"]] },
  // Swung or thrown at someone, by anyone but a toddler.
  { kind: "violence", level: "crisis", harm: ["swing"], needs: [PERSON], unlessSubject: ["baby"], none: ["play"] },
  // Children to be hidden away: a crisis with a weapon or a threat beside it.
  { kind: "violence", level: "crisis", harm: ["abduct"], needs: [["weapon", "threat", "menace", "deathThreat", "violentVerb", "hitVerb", "stalking"]] },
  { kind: "violence", level: "caution", harm: ["abduct"] },
  // Hurt by a partner or another adult, told by the one hurt: "my ex punched me in front of the kids".
  { kind: "violence", level: "crisis", harm: ["assault"], needs: [["firstPersonObject"], ["partner", "adult", "thirdPerson"]], within: 5, unlessSubject: ["workThing", "child", "baby"], none: ["play", "leisure"] },
  { kind: "violence", level: "crisis", harm: ["violentVerb"], needs: [["intent"], [...PERSON, "place", "group"]], within: 6, none: ["play", "joking"], unlessSubject: ["workThing"], unlessObject: ["workThing"] },
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["brandish", "anger", "threat", "fear", "intoxicated", "place", "violentVerb"]], none: ["play", "permissionAsk"] },
  { kind: "violence", level: "caution", harm: ["weapon"], none: ["play"] },
  { kind: "violence", level: "crisis", harm: ["threat"], needs: [["weapon", "school", "violentVerb", "massViolence"]] },
  // Guns shown online with a day named: "posting pictures of guns and saying tomorrow".
  { kind: "violence", level: "crisis", harm: ["weapon"], needs: [["online"], ["timePoint", "school"]], none: ["leisure", "play"] },
  { kind: "violence", level: "crisis", harm: ["massViolence"], needs: [["school", "threat"]] },
  { kind: "violence", level: "crisis", harm: ["stayAway"], needs: [["warn"], ["child", "thirdPerson"], ["school", "timePoint"]] },
  { kind: "violence", level: "crisis", harm: ["menace"], needs: [["stalking", "partner", "threat", "weapon", "fear", "die", "online", "child"]] },
  // Two menacing lines together: "he knows where she lives, and she'd better watch out".
  { kind: "violence", level: "crisis", harm: ["menace"], needs: [["menace"]] },
  // Kept from leaving by a partner: "won't let me leave the house".
  { kind: "violence", level: "crisis", harm: ["keptIn"], needs: [["partner"]] },
  { kind: "violence", level: "caution", harm: ["threat", "massViolence"] },
  // Afraid where one lives or visits; not afraid of a thing there ("scared of their big dog").
  { kind: "violence", level: "crisis", harm: ["fear", "notSafe"], needs: [["fearedPlace"]], unlessObject: ["possessions", "animal"] },
  { kind: "violence", level: "crisis", harm: ["domesticViolence"], needs: [PERSON] },
  // Two signs of stalking (showing up, a tracker, a dead animal left) by a partner or anyone: a pattern, not an incident.
  { kind: "violence", level: "crisis", harm: ["stalking"], needs: [["stalking", "menace", "fear", "duration"], ["partner", "thirdPerson", "adult", "olderStranger"]] },
  { kind: "violence", level: "caution", harm: ["domesticViolence", "stalking"] },

  // Overdose, poisoning, someone not breathing.
  { kind: "overdose", level: "crisis", harm: ["overdoseTerm"] },
  { kind: "overdose", level: "crisis", harm: ["emptyBottle"], needs: [["unresponsive", "bodyCold", "unwell", "notWaking", "notResponding", "notBreathing", "notMoving", "onFloor"]] },
  // Someone down on the floor with pills beside them.
  { kind: "overdose", level: "crisis", harm: ["onFloor"], needs: [["pills", "substance"], PERSON] },
  // "drank out of the windshield washer fluid jug": the poison is named a few words after the drinking.
  { kind: "overdose", level: "crisis", harm: ["householdPoison"], needs: [["ingestAccident"]], within: 7 },
  { kind: "overdose", level: "crisis", harm: ["substance"], needs: [["ingest"], ["amount"]] },
  { kind: "overdose", level: "crisis", harm: ["substance"], needs: [["unwell", "unresponsive", "notBreathing", "notWaking", "unreachable"]], none: ["prescribed"] },
  { kind: "overdose", level: "caution", harm: ["substance"], needs: [["unwell"], ["prescribed"]] },
  // The amount close to what was taken: "took all of them, it's over", not "it'll all be over, then I can take a day off".
  { kind: "overdose", level: "crisis", harm: ["ingest"], needs: [["amount"], ["finality", "goodbye", "unwell", "unresponsive"]], within: 8 },
  // A coin, a magnet or a battery swallowed is an emergency, not an overdose.
  { kind: "emergency", level: "crisis", harm: ["ingestAccident"], needs: [["child", "baby"], ["smallObject"]] },
  // "barely eating since the antidepressant" is a child not eating, not a child who ate a medicine.
  { kind: "overdose", level: "crisis", harm: ["ingestAccident"], needs: [["child", "baby"], ["substance"]], none: ["disorderedEating"] },
  // Anyone who took a handful of something they will not name: "swallowed a handful of something from her purse".
  { kind: "overdose", level: "crisis", harm: ["unknownIngested"], needs: [["amount"]] },
  // Something taken and kept from others: "i took something. i don't want anyone to know".
  { kind: "overdose", level: "crisis", harm: ["unknownIngested"], needs: [["secret", "notTelling", "hiding", "keptFrom"]] },
  { kind: "overdose", level: "crisis", harm: ["wrongMedicine"], needs: [["pills", "substance"], ["unwell", "unresponsive", "notWaking", "notBreathing", "blue"]] },
  // A child who swallowed something no one can name, now unwell.
  { kind: "overdose", level: "crisis", harm: ["unknownIngested"], needs: [["child", "baby"], ["unwell", "unresponsive", "householdPoison", "notBreathing"]] },
  { kind: "overdose", level: "crisis", harm: ["drugIngest"], needs: [["unwell", "unresponsive", "notBreathing", "notWaking", "breathing"]] },
  { kind: "overdose", level: "crisis", harm: ["naloxone"], needs: [["administer", "situation", "unresponsive", "notBreathing"]] },
  { kind: "overdose", level: "caution", harm: ["naloxone"] },
  { kind: "emergency", level: "crisis", harm: ["unresponsive", "notBreathing", "seizure"] },
  // An elder's money taken or an elder left in a soiled bed: abuse of a dependent adult.
  { kind: "child_abuse", level: "crisis", harm: ["exploit"], needs: [["elder"]], unlessSubject: ["elder"] },
  { kind: "child_abuse", level: "crisis", harm: ["elderNeglect"], needs: [["elder"]] },
  // What a paid carer does to the one in their care: money taken, left soiled.
  { kind: "child_abuse", level: "crisis", harm: ["exploit", "elderNeglect"], needs: [["carer"]], unlessSubject: ["elder"] },
  // An elder left in a car or alone for hours, like a child.
  { kind: "child_abuse", level: "crisis", harm: ["leaveVerb"], needs: [["elder"], ["vehicle", "hourSpan", "night", "duration"]], none: ["inCare"] },
  // Fumes: an engine running in a closed garage or piped in by a hose, a gas leak in the home.
  { kind: "emergency", level: "crisis", harm: ["engineRunning"], needs: [["enclosed"]] },
  { kind: "emergency", level: "crisis", harm: ["gasLeak"] },
  { kind: "emergency", level: "crisis", harm: ["anaphylaxis"] },
  { kind: "emergency", level: "crisis", harm: ["chokingOn"], needs: [["baby", "child", "smallObject"]] },
  { kind: "emergency", level: "crisis", harm: ["notResponding"], needs: [["baby", "bodyCold", "unwell", "unresponsive", "notBreathing", "blue", "substance"]] },
  // Someone who fell or slid down and now does not respond to the person beside them.
  { kind: "emergency", level: "crisis", harm: ["notResponding"], needs: [["impact"]] },
  { kind: "emergency", level: "crisis", harm: ["breathing"], needs: [["abnormal"]], within: 3 },
  { kind: "emergency", level: "crisis", harm: ["blue"], needs: [["face"]], within: 4 },
  { kind: "emergency", level: "crisis", harm: ["notWaking"], none: ["desire"] },
  // Someone down on the floor who will not move or talk.
  { kind: "emergency", level: "crisis", harm: ["onFloor"], needs: [["notMoving", "notResponding", "notWaking", "notBreathing", "unwell", "unresponsive", "blue", "bleed"]] },
];
