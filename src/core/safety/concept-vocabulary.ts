import { DRUG_SLANG, DRUG_WORDS } from "./drug-words.js";
import { WORDNET_DRUGS, WORDNET_WEAPONS } from "./generated/wordnet-tables.js";
import { WEAPON_PHRASES, WEAPON_WORDS } from "./weapon-words.js";

/**
 * What a concept is made of: single words (matched on lemma or written form), phrases of lemmas in order
 * ("<NOUN>" stands for any noun, "<VERB>" for any verb), and when it counts: `negated` concepts exist only under
 * a negation ("isn't breathing", "nobody is feeding them"); the others are tagged with whether they were negated.
 */
export interface Vocabulary {
  words: string[];
  phrases: string[][];
  when: "any" | "negated";
}

const singleWords = (words: string[]) => words.filter((w) => !w.includes(" "));
const multiWords = (words: string[]) => words.filter((w) => w.includes(" "));

function vocabulary(words: string, phrases: string[] = [], when: Vocabulary["when"] = "any"): Vocabulary {
  return { words: words.split(/\s+/).filter(Boolean), phrases: phrases.map((p) => p.split(" ")), when };
}

/**
 * The concepts crisis rules combine: who is at risk and what harm. Each is a vocabulary of the idea, not a
 * wording: rules (crisis-rules.ts) say which concepts must meet in a sentence or two adjacent ones.
 */
export const CONCEPTS = {
  // Who.
  child: vocabulary(
    "child kid kiddo son daughter baby infant newborn toddler teen teenager boy girl minor youth student stepson stepdaughter grandchild grandson granddaughter niece nephew sibling brother sister preteen tween yo grader preschooler kindergartner twin bub",
    ["year old", "year - old", "little one"],
  ),
  baby: vocabulary("baby infant newborn toddler bub"),
  partner: vocabulary("husband wife boyfriend girlfriend bf gf partner spouse ex fiance fiancé stepdad stepfather stepmom stepmother ex-husband ex-wife ex-boyfriend ex-girlfriend ex-partner", ["baby daddy"]),
  adult: vocabulary(
    "mom mother dad father parent uncle aunt grandpa grandfather grandma grandmother cousin neighbor neighbour coach teacher babysitter man woman guy adult caregiver relative roommate pastor priest tutor stranger",
  ),
  group: vocabulary("family families everyone anyone people class kids"),
  thirdPerson: vocabulary("he she they him her them someone somebody everyone everybody"),
  firstPersonObject: vocabulary("me us"),
  reflexive: vocabulary("myself himself herself themselves themself yourself ourselves oneself"),
  collective: vocabulary("we"),
  place: vocabulary("school house home class classroom office work church store mall party", ["the place"]),
  // Hyperbole: the subject that is "killing me" is work, a body part or a thing, not a person.
  workThing: vocabulary(
    "school homework college boss sup supe supervisor manager coworker co-worker director coordinator caseload paperwork documentation deadline job work meeting commute traffic heat week schedule audit report inbox email training exam test shift this that it feet foot back knee headache cold allergy grant budget",
  ),

  // Wish to die, plans, goodbyes, means.
  suicideTerm: vocabulary("suicide suicidal kms kys unalive unaliving unalived sewerslide", ["kill my self", "off myself", "off himself", "off herself", "off themselves"]),
  die: vocabulary("die dying died dead death disappear gone", ["bleed out", "bleeding out", "not wake up", "never wake up"]),
  desire: vocabulary("want wanna wish rather hope pray ready deserve should", ["think of", "thinking of", "better off", "good off", "think about", "thinking about", "talk about", "might as well", "how to", "ways to", "way to"]),
  killVerb: vocabulary("kill murder shoot stab strangle hang drown end off smother suffocate poison"),
  life: vocabulary("life", ["it all", "everything"]),
  endVerb: vocabulary("end take finish"),
  notLiving: vocabulary("live alive exist living", [], "negated"),
  notAround: vocabulary("around here", [], "negated"),
  notWaking: vocabulary("wake", [], "negated"),
  reasonToLive: vocabulary("reason point worth purpose want wanna wish care"),
  lastingAbsence: vocabulary("anymore forever", ["much longer", "no more", "any more", "for good"]),
  hopelessStrong: vocabulary("", ["worth more dead", "than from <PRON> alive", "than <PRON> alive", "sleep and never wake", "go to sleep and never", "never have to deal with", "never deal with any of this", "never be born", "never been born", "never born", "the pain to stop", "make the pain stop", "the pain stop", "good without him", "good without her", "better without him", "better without her", "good without me", 
    "nothing to live for",
    "tired of living",
    "tired of be alive",
    "tired of being alive",
    "sick of be alive",
    "sick of being alive",
    "sick of living",
    "tired of be here",
    "tired of life",
    "better off without",
    "better off if",
    "be fine without",
    "fine without me",
    "better without me",
    "deserve a better",
    "deserve better",
    "would be better off",
    "would be good off",
    "be better off with",
    "be good off with",
    "take them all with",
    "take them with me",
    "take them with her",
    "take them with him",
    "take us all with",
    "take everyone with",
    "good off if",
    "good off without",
    "never wake up",
    "go to sleep forever",
    "sleep forever",
    "can not go on",
    "want it to be over",
    "want it to end",
    "will not be a problem",
    "will not be a burden",
    "not be a burden",
    "no way out",
    "end the pain",
  ]),
  unmissed: vocabulary("notice miss care", [], "negated"),
  // "take the kids with her if she goes": a parent's death that would take the children too.
  takeAlong: vocabulary("", ["take <DET> kid with", "take <DET> kids with", "take <PRON> kid with", "take <PRON> kids with", "take <DET> baby with", "take <PRON> baby with", "take the children with", "take <PRON> child with"]),
  ifGone: vocabulary("", ["if <PRON> go", "when <PRON> go", "if i'm go", "if <PRON> die", "when <PRON> die", "before <PRON> go"]),
  // Self-worth at its lowest: "a waste of space", "a burden to everyone". With a hopeless word it is a crisis.
  worthless: vocabulary("worthless burden", ["waste of space", "waste of air", "waste of oxygen", "everyone hate <PRON>", "everybody hate <PRON>", "nobody love <PRON>", "no one love <PRON>", "nobody care about <PRON>", "no one care about <PRON>"]),
  hopelessWeak: vocabulary("hopeless trapped", ["done with everything", "done with life", "done with it all", "be do with everything", "be do with life", "be do with it all","give up", "can not do this", "can not take it", "can not take this", "end of my rope", "nothing matter", "what be the point", "nothing be go to change", "nothing will change", "nothing will ever change", "nothing ever change", "never get good", "never get better"]),
  goodbye: vocabulary("goodbye goodbyes farewell", ["check on <PRON> kid", "check on <PRON> kids", "look after <PRON> kid", "look after <PRON> kids", "say sorry", "<PRON> love us", "good bye", "say bye", "thank you for everything", "thanks for everything", "sorry for everything", "tell my", "remember me", "love you all", "take care of my", "make sure my", "make sure her", "make sure his", "tell <DET> <NOUN> <PRON> love", "tell <PRON> <NOUN> <PRON> love", "tell <PRON> <PRON> love", "tell <NOUN> <PRON> love"]),
  finality: vocabulary("", ["when <PRON> be not around", "when <PRON> be no longer", "once <PRON> be go", "when <PRON> be go", "after <PRON> be go", "last time", "the last time", "one last","it be do", "it be over", "its do", "its done", "its over", "its finish", "it be finish", "this be the end", "no turning back", "for after", "after i be go", "after i am go", "when i be go", "when i am go", "in case"]),
  unreachable: vocabulary("", ["pick up", "answer", "answering", "respond", "responding", "reply"], "negated"),
  // "last" only as a last word or time: "last year" is a date.
  farewellForm: vocabulary("voicemail note notes letter letters text message video post poem will everyone everybody forever final", ["for good", "for after", "last text", "last message", "last note", "last letter", "last word", "last post", "last video", "last goodbye", "last time", "one last"]),
  chosenDate: vocabulary("", ["be the day", "decide on a day", "decide on the day", "the date be set", "pick a date", "picked a date", "choose a date", "chose a date", "set a date", "have a date", "pick the day", "picked the day", "chose the day"]),
  // Putting one's affairs in order: a will, letters, who gets what.
  affairs: vocabulary("", ["who get his", "who get her", "who get my", "who will get", "affairs in order", "my affairs", "his affairs", "her affairs", "update my will", "write my will", "make a will", "who get what", "who gets what", "life insurance"]),
  event: vocabulary("meeting wedding party training visit appointment court hearing trip vacation shower birthday graduation move moving surgery ceremony conference session class"),
  method: vocabulary("", ["swerve into", "swerving into", "veer into", "steer into", "drive into", "driving into", "crash into", "into oncoming", "off the road", "into a semi", "into the semi", "into the semis", "off the bridge", "off a bridge", "off the roof", "off a roof", "off a cliff", "off the overpass", "off the building", "in front of a train", "in front of a car", "in front of a truck", "into traffic", "into a tree", "into the river", "into the lake", "bleed out", "blow my brain", "blow his brain", "blow her brain", "put a bullet", "pull the trigger", "crash the car", "crash my car", "on purpose"]),
  notMatter: vocabulary("matter", [], "negated"),
  // Means at hand, thought about: what "it" is, the sentence before or the means beside it says.
  contemplate: vocabulary("", ["be so easy", "would be easy", "would be so easy", "how easy it would be", "for later", "look at it", "stare at it", "think about it", "think about do it", "think about use it", "think about use them", "think about take them", "think about take it", "think of do it", "think of use it", "consider it", "consider do it", "consider use it"]),
  // "how many of her sleeping pills it would take": the amount that would do it.
  itTakes: vocabulary("", ["it would take", "it will take", "would it take", "will it take", "do it take", "it take"]),
  // "end it" with no thing named that ends; "end it with him" is a relationship.
  endIt: vocabulary("", ["end it", "finish it", "end this", "end things"]),
  relationshipEnd: vocabulary("", ["end it with", "end things with", "end this with", "break up", "end the relationship", "end the marriage"]),
  // A day set as a deadline ("after saturday", "the 14th"): tagged by tag-time-points.ts; these are the rest.
  timePoint: vocabulary("", ["this weekend", "next week", "by then", "after the <NOUN>"]),
  // "nobody will have to deal with me after saturday": a burden that ends, under a negation.
  burdenEnd: vocabulary("", ["have to deal with me", "have to deal with her", "have to deal with him", "have to worry about me", "have to worry about her", "have to worry about him", "have to put up with me", "have to put up with her", "have to put up with him", "have to take care of me", "have to look after me"], "negated"),
  // "where I'm going" said of oneself, with things handed on: a farewell.
  goingAway: vocabulary("", ["where <PRON> be go", "where i'm go", "where <PRON> go", "where <PRON> be head", "where i'm head"]),
  bequest: vocabulary("", ["want you to have", "want her to have", "want him to have", "want them to have", "you can have it", "you can have them", "you keep it", "keep it for me", "to remember me", "remember me by"]),
  // A place people go to die from, told with someone there: "she's at the bridge", "on the overpass railing".
  suicidePlace: vocabulary("bridge overpass cliff ledge rooftop railing", ["train track", "train tracks", "railroad track", "railroad tracks", "the tracks", "on the roof", "top of the parking"]),
  doneFor: vocabulary("stand standing climb climbed jump", ["<PRON> be do", "i'm do", "be so do", "have have enough", "have enough", "be finish"]),
  // "or for me", "use it on himself": a weapon turned on its owner.
  forSelf: vocabulary("", ["or for me", "or for him", "or for her", "or for myself", "or for himself", "or for herself", "or me", "or myself", "or himself", "or herself", "on myself", "on himself", "on herself", "turn it on"]),
  // "use it on her": a weapon's use on someone named.
  weaponUse: vocabulary("", ["use it on <PRON>", "use it against <PRON>", "use the gun on", "use the knife on", "pull it on <PRON>"]),
  gazeAt: vocabulary("", ["look at", "stare at", "staring at", "looking at", "keep go to", "keep driving to", "drive by"]),
  // A child lured to an adult's place: "gives him money to come inside his house".
  lure: vocabulary("", ["come over", "come inside", "come into his", "come over to his", "get in his car", "get into his car", "come to his house", "come to his room", "his house", "his room", "his apartment", "his car", "his truck"]),
  // A plan with the means ready: "she has a plan and the pills are ready".
  plan: vocabulary("", ["have a plan", "make a plan", "get a plan", "figure out how", "the plan be"]),
  offline: vocabulary("", ["phone be off", "phone off", "straight to voicemail", "turn off <PRON> phone", "turn <PRON> phone off", "location off"]),
  // A child shown pornography by someone.
  porn: vocabulary("porn porno pornography", ["dirty video", "dirty videos"]),
  showVerb: vocabulary("show showing showed"),
  chokehold: vocabulary("", ["by the throat", "by the neck", "hand around <PRON> neck", "hands around <PRON> neck", "grab <PRON> throat"]),
  chokingOn: vocabulary("", ["<PRON> be choke", "be choke on", "choke on", "start choke", "start choking"]),
  smallObject: vocabulary("coin coins magnet magnets marble marbles battery batteries"),
  seizure: vocabulary("seizure seizures seizing convulse convulsing convulsion convulsions", ["have a fit"]),
  // "can I bring my pocket knife?": the asker asking leave for their own conduct, not a weapon raised.
  permissionAsk: vocabulary("", ["can i bring", "can i carry", "may i bring", "may i carry", "ok to bring", "okay to bring", "ok to carry", "okay to carry", "allow to bring", "allowed to bring"]),
  // A death disguised: "make it look like an accident".
  staged: vocabulary("", ["make it look", "make this look", "make <PRON> look", "make it seem", "make it appear", "pass it off as", "so it look like"]),
  disguise: vocabulary("accident accidental natural suicide"),
  crash: vocabulary("crash crashed wreck"),
  notNeeding: vocabulary("need needing", [], "negated"),
  handOver: vocabulary("", ["hand <PRON>", "hand <DET>", "give my", "gave my", "giving my", "look after my", "look after her", "look after his", "take care of my", "watch my", "keep my","give away", "giving away", "gave away", "hand over", "handed over", "hand me", "handed me", "give me", "gave me", "give her", "gave her", "give his", "give her", "giving her", "giving his", "giving their", "gave his"]),
  lowMood: vocabulary("down depressed numb empty withdrawn isolate isolating calm quiet", ["so down", "really down", "not herself", "not himself"]),
  notGoingHome: vocabulary("", ["go home", "going home"], "negated"),
  giveAway: vocabulary("", ["give away", "giving away", "gave away", "give all", "give everything", "giving everything"]),
  possessions: vocabulary("truck tool tools bike stuff thing belonging possession everything favorite favourite treasure game collection pet pets dog dogs cat cats guitar console jewelry key keys car quilt ring watch phone savings"),
  pills: vocabulary("pill med meds medication medicine tablet capsule prescription script"),
  stockpile: vocabulary("save stockpile stockpiling hoard hoarding stash collect count counted counting enough", ["save up", "saving up", "have enough"]),
  evasive: vocabulary("explain", ["say why", "tell you why", "ask why", "ask me why", "talk about why"], "negated"),
  // Shut in with the means: "in the bathtub with a razor and won't come out", "locked himself in with his pills".
  barricaded: vocabulary("", ["come out", "open the door", "let <PRON> in", "let anyone in"], "negated"),
  lockedIn: vocabulary("", ["lock herself in", "lock himself in", "lock themselves in", "lock myself in", "barricade herself", "barricade himself"]),
  sharp: vocabulary("razor razors blade blades scissors", ["box cutter", "razor blade"]),
  hiding: vocabulary("hide hiding hidden"),
  noose: vocabulary("noose ligature", ["rope around", "bag over <PRON> head", "bag over <PRON> face", "bag on <PRON> head", "bag around <PRON> head", "bag around <PRON> neck"]),
  rope: vocabulary("rope cord belt"),
  knot: vocabulary("loop knot tie tied hang hanging beam ceiling rafter"),
  lethal: vocabulary("lethal deadly fatal"),
  doseQuestion: vocabulary("", ["how many", "how much", "how long", "enough to"]),
  research: vocabulary("google search research", ["look up", "looked up", "look into"]),

  // Self-injury.
  selfHarmTerm: vocabulary("self-harm selfharm self-harming self-injury self-injure cutter self-mutilation", ["self harm", "self - harm", "self injury", "self - injury", "self - injure"]),
  selfHarmVerb: vocabulary("slam cut burn hurt harm scratch carve hit punch bang bite starve pinch injure mutilate slash stab punish"),
  cutAlone: vocabulary("cut cutting"),
  firstPerson: vocabulary("i i'm"),
  // Bleeding that will not stop.
  notStopping: vocabulary("stop stopping", [], "negated"),
  bleed: vocabulary("bleed bleeding blood"),
  wound: vocabulary("cut cuts scar scars burn burns scratch scratches wound gash slash bandage bleed bleeding blood mark marks"),
  bodyPart: vocabulary("knuckle knuckles fist arm arms wrist wrists thigh thighs leg legs skin stomach belly hip hips ankle chest forearm"),
  concealment: vocabulary("fresh new hide hiding cover sleeve sleeves herself himself themselves own again"),
  disorderedEating: vocabulary("purge purging anorexia anorexic bulimia bulimic", ["stop eating", "stopped eating", "starve herself", "starve himself", "starving herself", "starving himself", "make herself throw up", "make himself throw up", "barely eating", "barely eat"]),
  // Throwing up after meals, as a habit: not a baby who threw up once after eating too fast.
  purgeAfter: vocabulary("", ["throw up after", "throwing up after", "vomit after", "vomiting after", "puke after", "puking after"]),
  habit: vocabulary("every each always often constantly usually keep keeps", ["all the time"]),
  headAgainst: vocabulary("", ["bald spot", "bald spots", "in clumps", "pull out <PRON> hair", "pull out <PRON> eyelash", "pull <PRON> eyelash", "fist into the wall", "fist into walls", "fist through the wall", "pull out her", "pull out his", "pulls out her", "pulls out his", "pick her skin", "pick his skin", "picks her skin", "picks his skin", "skin raw", "until it bleed", "until they bleed", "until she bleed", "until he bleed","head against", "head into", "head on the wall", "head off the wall"]),

  // Sexual abuse, grooming, secrecy.
  sexualAbuse: vocabulary("molest molested molesting molestation rape raped raping fondle fondled fondling grope groped groom grooming groomed incest pedophile paedophile predator csam sextortion", [
    "sexual abuse",
    "sexually abuse",
    "sexually abused",
    "sexual assault",
    "sexually assault",
    "sexually assaulted",
    "inappropriate touching",
    "touch inappropriately",
    "touched inappropriately",
    "touching inappropriately",
    "bad touch",
    "child porn",
  ]),
  touch: vocabulary("touch touching rub kiss fondle feel undress expose flash lap cuddle", ["walk in on", "walks in on", "watch <PRON> shower", "watch <PRON> change", "watch <PRON> undress", "crawl into <PRON> bed", "get into <PRON> bed", "climb into <PRON> bed", "get in <PRON> bed", "get in bed", "crawl into bed", "sleep in her bed", "sleep in his bed", "in the shower with", "in the bath with"]),
  private: vocabulary("private privates genital genitals penis vagina crotch breast breasts butt bottom inappropriately sexual sexually naked nude nudes", ["down there", "under her clothes", "under his clothes", "under the blanket", "where he should not", "where she should not", "weird way", "in a weird way"]),
  secret: vocabulary("secret secrets secrecy private", ["between them", "keep it between", "keep this between", "between <PRON> two", "nobody will believe", "no one will believe", "nobody would believe", "no one would believe", "nobody believe", "between us", "keep quiet", "keep it quiet", "our thing", "if she tell", "if he tell", "if you tell", "if i tell", "if they tell", "if she tells", "if he tells"]),
  notTelling: vocabulary("tell anyone anybody", [], "negated"),
  // Kept from a parent: "mom can't know", "don't let your dad find out".
  keptFrom: vocabulary("", ["delete the message", "delete the messages", "delete the text", "delete the texts", "delete the chat", "delete <PRON> message", "delete <PRON> messages", "delete <PRON> text", "delete <PRON> texts", "can not know", "must not know", "not suppose to know", "not supposed to know", "never know", "not let <NOUN> know", "not let <PRON> know", "not let <PRON> <NOUN> know", "never find out", "can not find out", "not find out", "keep it from", "keep this from", "hide it from"]),
  // A child behind a locked door with a parent's partner.
  lock: vocabulary("lock locked locking", ["close the door", "shut the door", "closed door", "closed doors", "door closed", "door shut"]),
  room: vocabulary("bathroom bedroom room door closet basement shower bath garage"),
  contactContext: vocabulary("pay paid night bed bedroom room alone special game gift gifts present presents photo photos picture pictures pic pics naked nude body older online chat snapchat instagram discord tiktok car bath shower sleepover lap text texting chat chats message messages money weed drug drugs alcohol vape staying apartment hotel", ["do stuff", "do thing", "do things", "what they do", "what happened", "what he does", "what he did", "play doctor", "tickle game", "tickling game", "special game", "secret game", "our game", "our little game", "naked game"]),
  photoRequest: vocabulary("nude nudes naked explicit sexting sext", ["send pictures", "send pics", "send photos", "picture of herself", "picture of himself", "pics of herself", "pics of himself"]),
  sendVerb: vocabulary("send sent sending"),
  image: vocabulary("pic pics picture pictures photo photos image images video videos selfie selfies"),
  coercion: vocabulary("make makes made force forced pressure pressured demand demanded blackmail blackmailed threaten threatened"),
  runaway: vocabulary("missing runaway", ["run away", "ran away", "ran off", "run off", "took off with"]),
  olderStranger: vocabulary("older stranger adult predator", ["grown man", "old man", "older guy", "older man", "older boy", "an adult"]),
  online: vocabulary("online app snapchat instagram discord tiktok roblox fortnite chat dm dms message messages internet", ["meet up", "meet him", "meet her"]),

  // Physical abuse, a hurt baby.
  hitVerb: vocabulary("hit hits hitting beat beating beaten punch kick slap smack whip choke choking strangle shake shook shaken shove burn spank hurt abuse abused batter belt pinch slam", ["beat up", "put his hands on", "put her hands on", "put hands on", "push <PRON> down", "push <PRON> into", "push <PRON> against", "pushed <PRON> down", "pushed <PRON> into", "pushed <PRON> against", "throw <PRON> against", "threw <PRON> against"]),
  injury: vocabulary("bruise bruises bruised bruising welt welts handprint handprints fracture fractured swollen scald scalded injury injuries injured lash lashes", ["broke her", "broke his", "break her", "break his", "black eye", "broken arm", "broken bone", "broken leg", "broken rib", "belt mark", "cigarette burn", "burn mark", "burn marks", "round burn", "small burn", "burn on", "burns on", "burn on the", "burns on the"]),
  babyHarm: vocabulary("drop dropped limp floppy seizure lethargic rough roughly", ["throw <DET> <NOUN> onto", "throw <DET> <NOUN> against", "throw <DET> <NOUN> across", "throw <DET> <NOUN> into", "throw <PRON> <NOUN> onto", "throw <PRON> <NOUN> against", "throw <DET> baby", "throw <PRON> on", "throw <PRON> onto", "throw <PRON> across", "throw <PRON> in", "toss <DET> baby", "toss <PRON>", "soft spot", "not moving", "fell off", "hit her head", "hit his head", "bump on", "too rough", "shake the baby"]),
  harmInstrument: vocabulary("stove iron cigarette lighter cord wire hanger paddle scalding boiling", ["hot water", "extension cord", "curling iron"]),
  impact: vocabulary("fall fell roll rolled drop dropped bump bumped shake shook shaken", ["hit <PRON> head", "hit her head", "hit his head", "bang <PRON> head", "on <PRON> head", "off the bed", "off the couch", "off the table", "down the stairs"]),
  // "shut her up for good", "make him be quiet forever": silencing a child, for ever.
  silence: vocabulary("", ["shut <PRON> up", "shut <DET> <NOUN> up", "shut up", "keep <PRON> quiet", "make <PRON> quiet", "make <PRON> be quiet", "make <PRON> stop", "make it stop", "stop <PRON> cry", "stop the crying", "be quiet"]),
  permanence: vocabulary("forever permanently", ["for good", "for ever", "once and for all", "one way or another", "or else"]),
  // Held under water, or fallen into it: drowning.
  submerge: vocabulary("underwater", ["under water", "under the water", "head under", "heads under", "fall into the pool", "fell into the pool", "fall in the pool", "fell in the pool", "fall into the water", "fell into the water", "fall into the lake", "fell into the lake", "face down in"]),
  highFever: vocabulary("", ["burn up", "burning up", "high fever", "fever of 103", "fever of 104", "fever of 105", "103 fever", "104 fever", "105 fever", "fever of 40", "fever of 41"]),
  cardiac: vocabulary("", ["hold <PRON> chest", "clutch <PRON> chest", "clutching <PRON> chest", "chest pain", "chest hurt", "heart attack", "stroke"]),
  forceAgainst: vocabulary("misbehave misbehaves against hold held holding press pressed put", ["hold down", "held down"]),
  discipline: vocabulary("discipline disciplines punish punishes punished whooping whupping beating"),

  // Neglect.
  caregiverAbsent: vocabulary("", ["nobody pick up", "no one pick up", "nobody come for", "no one come for", "nobody come to get", "no one come to get", "be go since", "been gone", "gone since", "gone for days", "gone all weekend", "never came home", "never come home", "not come home", "not came home", "not be home since", "not been home"]),
  aloneNoAdult: vocabulary("alone unsupervised abandon abandoned wander wandering", ["empty apartment", "empty house", "empty home", "home to nobody", "home to no one", "by themselves", "by himself", "by herself", "home alone", "left behind", "fend for", "no adult", "no grown up", "no grownup", "no parent", "nobody home", "no one home", "no one watch", "nobody watch", "with nobody", "with no one", "with no adult", "nobody there", "no one there", "nobody around", "no one around", "nobody with them", "no one with them"]),
  notSupervised: vocabulary("adult watch supervise home care babysit", [], "negated"),
  vehicle: vocabulary("car truck van"),
  hourSpan: vocabulary("hour hours overnight"),
  night: vocabulary("night overnight midnight"),
  goOut: vocabulary("", ["go out", "go to the bar", "go party", "go drink"]),
  // "with grandma", "with their dad": left with someone who cares for them (tagged by tag-concepts.ts).
  inCare: vocabulary(""),
  // "a parent who mentions self-harm", in a question about training: a generic person, supposed.
  genericWho: vocabulary("", ["a parent who", "a mom who", "a dad who", "a family who", "a teen who", "a child who", "a kid who", "a client who", "someone who", "parents who", "families who", "a youth who", "a caregiver who"]),
  briefly: vocabulary("minute minutes sec second", ["a moment"]),
  aloneWith: vocabulary("", ["alone with"]),
  leaveVerb: vocabulary("leave left leaving"),
  hunger: vocabulary("hungry hunger"),
  duration: vocabulary("days week weeks since always constantly often month months", ["every day", "all the time", "every night", "all week"]),
  noFood: vocabulary("starve starving starved malnourished scavenge scavenging", ["nothing in the house", "nothing else in the house", "nothing in the fridge", "no groceries", "run out of food", "ran out of food", "nothing to eat", "no food", "empty fridge", "out of food", "eat out of the trash", "eating out of the trash", "dig through the trash"]),
  notFed: vocabulary("eat eaten feed fed food meal meals dinner lunch breakfast", [], "negated"),
  confinement: vocabulary("chain chained cage caged", ["lock <DET> <NOUN> outside", "lock <PRON> <NOUN> outside", "lock <PRON> outside", "outside as punishment", "in the closet", "in a closet", "in the basement", "in a cage", "in the dark","lock in", "locked in", "lock out", "locked out", "tie up", "tied up", "lock him", "lock her", "lock them"]),
  squalor: vocabulary("feces filthy rotting lice unwashed", ["same clothes","no heat", "no electricity", "no water", "dirty diaper", "same diaper"]),

  // Violence and threats.
  violentVerb: vocabulary("kill murder shoot stab strangle choke beat hurt attack burn bomb rape slit stomp jump smother suffocate drown poison", ["beat up", "shoot up", "blow up", "cut up"]),
  intent: vocabulary("going gonna will would threaten threatened threatening threat want wanna plan planning swear swore promise", ["'ll", "'d"]),
  threat: vocabulary("threaten threatened threatening threat threats", ["death threat", "death threats", "hit list", "kill list"]),
  deathThreat: vocabulary("", ["you be dead", "you're dead", "you be go to die", "you will die", "you be next", "put her in the hospital", "put him in the hospital", "put you in the hospital", "put me in the hospital", "make her pay", "make him pay", "make them pay", "make you pay","death threat", "death threats", "hit list", "kill list", "shoot up", "shooting up"]),
  // Everyday names by hand; WordNet's hyponyms of weapon and knife, derived at build time, for the rest.
  weapon: vocabulary([...WEAPON_WORDS, ...singleWords(WORDNET_WEAPONS)].join(" "), [...WEAPON_PHRASES, ...multiWords(WORDNET_WEAPONS)]),
  brandish: vocabulary("point pointed pointing wave waved waving pull pulled brandish brandished hold held show showed carry carrying bring brought pack packing aim aimed grab grabbed between block blocking corner cornered toward towards", ["to school", "in front of", "at the kids", "at the baby", "to her throat", "to his throat", "to my throat", "to her head", "to his head"]),
  play: vocabulary("foam toy toys plastic nerf pretend play playing game costume adorable cute silly squirt", ["water gun", "nerf gun", "toy gun"]),
  anger: vocabulary("argument argue argued fought angry rage furious mad yell yelling scream screaming fight fighting argue arguing drunk high violent unstable crazy paranoid threaten threatening"),
  school: vocabulary("school classroom campus cafeteria bus"),
  massViolence: vocabulary("bloodbath massacre columbine", ["shoot the place up", "shoot up the", "shoot everyone", "kill everyone"]),
  // "told my daughter not to come to school friday": a warning to stay away.
  stayAway: vocabulary("", ["not to come to school", "not come to school", "not go to school", "not to go to school", "stay home from school", "stay away from school", "stay home tomorrow", "stay home on", "do not come to school", "not come in tomorrow"]),
  warn: vocabulary("warn warned warning tell told said say"),
  fear: vocabulary("afraid scared terrified fear frightened unsafe", ["what <PRON> will do next", "what <PRON> might do", "what <PRON> be capable of", "what <PRON> would do to", "for her life", "for his life", "for their life"]),
  notSafe: vocabulary("safe", [], "negated"),
  fearedPlace: vocabulary("home house husband boyfriend partner ex life", ["go home", "going home"]),
  domesticViolence: vocabulary("abusive abuse abused abuser abusing batter battered battering dv", ["domestic violence", "intimate partner violence"]),
  stalking: vocabulary("stalk stalking stalker stalked", ["post her address", "posted her address", "post <PRON> address", "share her address", "her address online", "restraining order", "protective order", "protection order", "show up at", "showed up at", "track her phone", "tracking her phone", "follow her", "following her", "followed her", "follow him", "following him", "outside her house", "outside her work", "outside her apartment", "outside her job", "park outside", "parked outside", "parking outside", "drive by her", "drove by her", "driving by her", "wait outside", "waiting outside", "keep show up", "keeps showing up", "airtag", "airtags", "tracker", "gps tracker", "dead bird", "dead animal", "dead cat", "dead rat", "time a day", "times a day"]),
  menace: vocabulary("", ["should take care of her", "should take care of him", "someone should take care", "someone should hurt", "should hurt her", "someone should teach", "see you soon", "be see you", "see you around", "know where you live", "know where she live", "know where he live", "know where you be", "watch your back", "you will be sorry", "you will regret", "come for you", "coming for you", "be watch you", "get what you deserve", "get what she deserve", "nobody can have", "no one can have", "nobody else can have", "no one else can have", "nobody will have", "no one will have"]),

  // Overdose, poisoning, intoxication, not breathing.
  overdoseTerm: vocabulary("overdose overdosed overdosing od od'd o.d. poisoned poisoning", ["too many pills", "took too many", "take too many", "took too much", "take too much"]),
  substance: vocabulary(
    `dxm robitussin pill pills med meds medication medicine tablet capsule drug drugs alcohol vodka liquor booze whiskey tequila bleach detergent antifreeze cleaner chemical chemicals battery poison edible edibles gummy gummies inhalant inhalants whippet whippets nitrous duster glue gasoline sanitizer mouthwash ${DRUG_WORDS.join(" ")} ${DRUG_SLANG.join(" ")} ${singleWords(WORDNET_DRUGS).join(" ")}`,
    ["hand sanitizer", "rubbing alcohol", "nail polish remover", "smoke something", "smoking something", "snort something", "drink something", ...multiWords(WORDNET_DRUGS), "cough syrup", "syrup", "took something", "take something", "on something", "tide pod", "laundry pod", "dishwasher pod", "detergent pod", "pod", "pods", "button battery", "rat poison", "lighter fluid", "sleeping pill", "sleeping pills", "cleaning supplies", "compressed air", "air duster", "paint thinner", "nitrous oxide", "laughing gas", "whip its", "whip - its"],
  ),
  ingest: vocabulary("take took swallow swallowed eat ate drink drank pop popped snort snorted inject injected smoke smoked mix mixed chug chugged ingest ingested use used shoot", ["get into", "got into", "into the"]),
  amount: vocabulary("bunch handful whole entire several bottle lot ton all", ["<NUM> of", "way more", "more than <PRON> prescription", "more than prescribed", "double dose", "double the dose", "a lot of", "too many", "too much", "half the", "half a", "a few"]),
  drugIngest: vocabulary("snort snorted snorting inject injected injecting huff huffing huffed sniff sniffing sniffed inhale inhaling inhaled bagging", ["shot up", "shoot up", "shooting up"]),
  unwell: vocabulary("nonstop shaking trembling sleepy drowsy vomit vomiting puke puking foam foaming seizure seizing confused slurring slur lethargic clammy gray grey twitch twitching convulse convulsing hallucinate hallucinating collapse collapsed inconsolable", ["barely awake", "can not stay awake", "hard to wake", "heart race", "heart be race", "heart racing", "heart pound", "heart be pound", "chest pain", "throw up", "throwing up", "out of it", "eyes roll", "nod off", "nodding off", "nodding out", "fell out", "blue lips", "lips be blue", "lip be blue", "turn blue", "turning blue", "stay awake"]),
  unresponsive: vocabulary("unresponsive unconscious faint fainted fainting gasp gasping", ["slump over", "slumped over", "turn purple", "turning purple", "turn gray", "turning gray", "turn grey", "turning grey","<PRON> collapse", "<PRON> collapsed", "just collapse", "suddenly collapse","pass out", "passed out", "passing out", "stop breathing", "stopped breathing", "barely breathing", "trouble breathing", "no pulse", "turn blue", "turning blue", "blue lips", "lips be blue", "lip be blue", "foaming at the mouth", "not moving"]),
  notBreathing: vocabulary("breathe breathing", [], "negated"),
  notResponding: vocabulary("respond responding responsive react reacting", [], "negated"),
  bodyCold: vocabulary("cold clammy limp floor pale"),
  prescribed: vocabulary("prescribe prescribed prescription", ["side effect", "side effects", "make me", "makes me"]),
  breathing: vocabulary("breathe breathing breath"),
  abnormal: vocabulary("fast rapid grunt grunting wheeze wheezing weird weirdly funny strange strangely slow slowly shallow gasp gasping raspy rattle rattling gurgle gurgling snore snoring hard"),
  blue: vocabulary("blue gray grey purple pale"),
  face: vocabulary("lip lips face skin finger fingers fingertip nail nails"),
  administer: vocabulary("give gave use used spray sprayed need needed administer administered"),
  ingestAccident: vocabulary("swallow swallowed ate eat drink drank ingest ingested lick chew chewed bite bit", ["get into", "got into"]),
  accident: vocabulary("fell fall trip tripped slip slipped accident accidentally playground", ["by accident"]),
  bereavement: vocabulary("funeral grief grieve grieving memorial anniversary bereaved bereavement loss", ["pass away", "passed away", "die by", "died by", "lost to", "lose to", "lost her", "lost his"]),
  naloxone: vocabulary("narcan naloxone"),
  intoxicated: vocabulary("drunk wasted intoxicated stoned tweaking blackout slur slurring stumble stumbling reek", ["barely stand", "can barely stand", "could barely stand", "can not stand up", "smell like alcohol", "smell of alcohol", "smell like weed","blacked out", "black out", "high on", "be high", "get high", "so high", "under the influence", "on drugs", "nodding out", "be drink", "drink all day", "drinking all day", "use again", "using again"]),
  caregiving: vocabulary("drive driving drove watch watching babysit care home alone car pick", ["pick up", "with the kids", "with the baby"]),

  // Harm long past ("five years ago", "used to", "sober for two years"): a story, not a present danger.
  pastHistory: vocabulary("ago sober recovered recovery thriving", ["last month", "hoax", "false alarm", "turn out to be fine", "last year", "last summer", "last spring", "last fall", "last winter", "year back", "used to", "in the past", "back when", "back in", "be safe for", "year now", "safe since", "years back", "history of", "clean for", "doing great", "doing well", "lived experience"]),
  recurrence: vocabulary("again", ["once more", "another attempt", "this time"]),
  present: vocabulary("now today tonight again lately recently currently yesterday still", ["right now", "last night", "this week", "this morning", "keep", "keeps"]),

  // What makes a message a question about a topic rather than about someone.
  topic: vocabulary(
    "prevention awareness training train module course curriculum competency standard toolkit guide document policy protocol procedure rule law requirement require section ceu ceus credit class workshop webinar certification topic resource resources handout statistic statistics research sign signs screening assessment recognize identify teach cover covers covered include includes define definition hotline lifeline",
    ["say how to", "how to respond", "how to handle", "how to talk to", "how to support", "how to help", "how do i respond", "how should i respond", "count as", "risk factor", "risk factors", "warning sign", "warning signs", "say about", "know about", "learn about", "talk about suicide", "ask about", "bring up", "what count as", "what counts as", "what is", "what are", "mandatory reporting", "mandated reporter", "mandatory reporter"],
  ),
  // "what do I do if a mom tells me ...": a case supposed, not one happening.
  hypothetical: vocabulary("", ["if a", "if an", "if someone", "if somebody", "if anyone", "suppose a", "say a"]),
  situation: vocabulary(
    "tell told say said text texted call called find found see saw seen notice noticed hear heard show showed admit admitted disclose disclosed confide confided mention mentioned now tonight today tomorrow yesterday morning just currently worried worry scared afraid concerned keep keeps",
    ["have be", "be be", "right now", "last night", "this morning", "i support", "i work with", "i am worried", "i'm worried", "my son", "my daughter", "my kid", "my child", "her son", "her daughter", "his son", "his daughter", "her kid", "his kid", "my client", "a mom", "a dad", "the mom", "the dad"],
  ),
} satisfies Record<string, Vocabulary>;

export type Concept = keyof typeof CONCEPTS;
