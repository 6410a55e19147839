import { vocabularyInIdioms, vocabulary, type Vocabulary } from "../vocabulary.js";

/** A wish to die, its plans, dates, goodbyes and means. */
export const SUICIDE_CONCEPTS = {
  suicideTerm: vocabulary("suicide suicidal kms kys unalive unaliving unalived sewerslide", ["kill my self", "off myself", "off himself", "off herself", "off themselves"]),
  die: vocabulary("die dying died dead death disappear gone", ["bleed out", "bleeding out", "not wake up", "never wake up", "check out for good", "check out permanently", "check out of life", "take <PRON> in <PRON> sleep", "die in <PRON> sleep"]),
  desire: vocabulary("want wanna wish rather hope pray ready deserve should", ["think of", "thinking of", "better off", "good off", "think about", "thinking about", "talk about", "joke about", "joking about", "keep picturing", "keep imagining", "picture myself", "picturing myself", "imagine myself", "imagining myself", "might as well", "how to", "ways to", "way to"]),
  killVerb: vocabulary("kill murder shoot stab strangle hang drown end off smother suffocate poison"),
  life: vocabulary("life", ["it all", "everything"]),
  endVerb: vocabulary("end take finish"),
  notLiving: vocabulary("live alive exist living", [], "negated"),
  notAround: vocabulary("around here", ["in the picture"], "negated"),
  notWaking: vocabulary("wake", [], "negated"),
  reasonToLive: vocabulary("reason point worth purpose want wanna wish care"),
  lastingAbsence: vocabulary("anymore forever", ["much longer", "no more", "any more", "for good", "any <NOUN> after", "ever again"]),
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
    "easy for everyone if",
    "last week on earth",
    "last day on earth",
    "last days on earth",
    "last night on earth",
    "leave this earth",
    "leave this world",
    "point of wake up",
    "point in wake up",
    "point of waking up",
    "point in waking up",
    "reason to wake up",
    "easy for everybody if",
    "easy on everyone if",
    "easy for everyone without",
    "good for everyone if",
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
    "sleep and not come back",
    "sleep and not wake",
    "without me in it",
    "without him in it",
    "without her in it",
    "lighter without me",
    "sleep forever",
    "can not go on",
    "want it to be over",
    "want it to end",
    "will not be a problem",
    "will not be a burden",
    "not be a burden",
    "no way out",
    "end the pain",
    "want it all to stop",
    "want everything to stop",
    "make it all stop",
    "want it all to end",
    "want everything to end",
  ]),
  unmissed: vocabulary("notice miss care", [], "negated"),
  // "take the kids with her if she goes": a parent's death that would take the children too.
  takeAlong: vocabulary("", ["take <DET> kid with", "take <DET> kids with", "take <PRON> kid with", "take <PRON> kids with", "take <DET> baby with", "take <PRON> baby with", "take the children with", "take <PRON> child with"]),
  ifGone: vocabulary("", ["if <PRON> go", "when <PRON> go", "if i'm go", "if <PRON> die", "when <PRON> die", "before <PRON> go"]),
  // Self-worth at its lowest: "a waste of space", "a burden to everyone". With a hopeless word it is a crisis.
  worthless: vocabulary("worthless burden", ["waste of space", "waste of air", "waste of oxygen", "everyone hate <PRON>", "everybody hate <PRON>", "nobody love <PRON>", "no one love <PRON>", "nobody care about <PRON>", "no one care about <PRON>"]),
  hopelessWeak: vocabulary("hopeless trapped", ["done with everything", "done with life", "done with it all", "be do with everything", "be do with life", "be do with it all","give up", "finish trying", "done trying", "be do trying", "can not do this", "can not take it", "can not take this", "end of my rope", "nothing matter", "what be the point", "nothing be go to change", "nothing will change", "nothing will ever change", "nothing ever change", "nothing left for <PRON>", "nothing leave for <PRON>", "never get good", "never get better"]),
  goodbye: vocabulary("goodbye goodbyes farewell", ["it be not <PRON> fault", "it be not anyone 's fault", "be nobody 's fault", "check on <PRON> kid", "check on <PRON> kids", "look after <PRON> kid", "look after <PRON> kids", "say sorry", "<PRON> love us", "love u all", "love you all", "love yall", "love y'all", "love you guys", "good bye", "say bye", "this be goodbye", "word bye", "bye forever", "bye mom", "bye dad", "bye everyone", "bye all", "do not come look", "do not come looking", "don't come looking", "do not look for me", "don't look for me", "last time you will hear from me", "last time you'll hear from me", "check on <PRON> boy", "check on <PRON> boys", "check on <PRON> girl", "check on <PRON> girls", "take care of my families", "see you never", "see ya never", "see u never", "thank you for everything", "thanks for everything", "see you on the other side", "see <PRON> on the other side", "see <PRON> <DET> on the other side", "see ya on the other side", "see you in the next life", "see <PRON> <DET> in the next life", "in another life", "sorry for everything", "tell my kid", "tell my kids", "tell my family", "tell my son", "tell my daughter", "tell my mom", "tell my husband", "tell my wife", "remember me", "love you all", "take care of my", "make sure my", "make sure her", "make sure his", "tell <DET> <NOUN> <PRON> love", "tell <PRON> <NOUN> <PRON> love", "tell <PRON> <PRON> love", "tell <NOUN> <PRON> love"]),
  finality: vocabulary("", ["when <PRON> be not around", "when <PRON> be no longer", "once <PRON> be go", "when <PRON> be go", "after <PRON> be go", "last time", "the last time", "one last", "all be over", "be all over soon", "be over soon", "it will be over", "it be do", "it be over", "its do", "its done", "its over", "its finish", "it be finish", "this be the end", "no turning back", "for after", "make <PRON> peace", "if something happen to me", "if anything happen to me", "if something happen to <PRON>", "if anything happen to <PRON>", "after i be go", "after i am go", "when i be go", "when i am go", "in case"]),
  unreachable: vocabulary("", ["pick up", "answer", "answering", "respond", "responding", "reply"], "negated"),
  // "last" only as a last word or time: "last year" is a date.
  // A means bought or kept "not for camping": the harmless use denied.
  notForPurpose: vocabulary("", ["not for <NOUN>", "not to <VERB>", "and not for", "but not for"]),
  // Left to be found: "they'll find them in my desk", "for when I'm gone".
  findLater: vocabulary("", ["will find", "'ll find", "find <PRON> in", "find them in", "find it in", "when <PRON> be go", "when i be go", "after i be go", "for when", "label after", "label ' after", "labeled after", "labelled after", "mark after", "open after", "to open when"]),
  // A bare apology, which only sent with a picture of means and silence after it reads as a goodbye ("texted me sorry
  // with a photo of her pills, now her phone is off"); a late or missed-meeting apology has no such picture.
  apology: vocabulary("sorry", ["forgive me", "i apologize"]),
  // "will" only as a testament ("wrote a will"), not the modal ("it will all be over soon").
  farewellForm: vocabulary("voicemail note notes letter letters text message msg video post poem everyone everybody forever final", ["last msg", "my will", "a will", "the will", "his will", "her will", "for good", "for after", "last text", "last message", "last note", "last letter", "last word", "last post", "last video", "last goodbye", "last time", "one last"]),
  // A message named as the last one: "this is my last post here". A bare "last message" is also the one before; it
  // counts beside thanks or a goodbye.
  lastWords: vocabulary("", ["last one", "last message", "last post", "last text", "last note", "final message", "final post", "final text", "final note", "last word", "last words", "last time <PRON> post", "last time <PRON> write", "sign off for good"]),
  // Thanks to everyone at once: with last words, a farewell.
  gratitude: vocabulary("", ["thank you all", "thank you everyone", "thank you everybody", "thank you guy", "thanks all", "thanks everyone", "thanks everybody", "thanks guy", "thank y'all", "thanks y'all", "grateful for all of you", "grateful for you all", "grateful for everyone", "thank you for be so", "thanks for be so", "thank you for listen", "thanks for listen", "thank you for everything you"]),
  // "would anyone even notice": no one to miss them, asked.
  anyoneNotice: vocabulary("", ["would anyone notice", "would anyone even notice", "would anyone care", "would anyone even care", "would anybody notice", "would anybody care", "would anyone miss", "who would even notice", "who would even care", "who would miss me", "would it even matter"]),
  // A job or a group left the ordinary way: a last post before moving on is a goodbye, not a farewell.
  movingOn: vocabularyInIdioms("retire retiring retirement resign resigning resignation relocate relocating transfer transferring", ["new job", "last day", "step down", "move to", "moving to", "leave the agency", "leave this job", "leave my job", "leave the network", "leave the group", "leave the channel", "leave the workspace", "leave the server", "switch to", "new role", "new position", "on leave", "maternity leave", "medical leave", "out of office"]),
  // The means in one's hand or lap: "holding all my pills in my hand", "sitting with the razor in my lap".
  inHand: vocabulary("", ["in my hand", "in my hands", "in <PRON> hand", "in <PRON> hands", "in my palm", "in <PRON> palm", "in my lap", "in <PRON> lap", "in front of me"]),
  // Worn out: beside means in hand, the tiredness of someone giving up.
  exhausted: vocabulary("tired exhausted drained", ["worn out", "so tired", "too tired", "can not keep go", "can not keep doing this"]),
  chosenDate: vocabulary("", ["be the day", "'s the day", "decide on a day", "decide on the day", "the date be set", "pick a date", "picked a date", "pick the date", "picked the date", "set the date", "choose the date", "chose the date", "choose a date", "chose a date", "set a date", "have a date", "pick the day", "picked the day", "chose the day", "date picked", "day picked", "date chosen", "day chosen", "date pick", "day pick"]),
  // Putting one's affairs in order: a will, letters, who gets what.
  affairs: vocabulary("", ["who get his", "who get her", "who get my", "who will get", "affairs in order", "my affairs", "his affairs", "her affairs", "update my will", "write my will", "make a will", "who get what", "who gets what", "life insurance", "my passwords", "her passwords", "his passwords", "all <PRON> passwords"]),
  event: vocabulary("meeting wedding party training visit appointment court hearing trip vacation shower birthday graduation move moving surgery ceremony conference session class travel travels traveling deployment"),
  method: vocabulary("", ["drive <PRON> car into", "drive the car into", "drive <PRON> truck into", "crash <PRON> car into", "into the pillar", "into a pillar", "into the bridge", "into a bridge", "into the median", "swerve into", "swerving into", "veer into", "steer into", "drive into", "driving into", "crash into", "into oncoming", "off the road", "into a semi", "into the semi", "into the semis", "off the bridge", "off a bridge", "off the roof", "off a roof", "off a cliff", "off the cliff", "off the pier", "off a pier", "off the dock", "off the balcony", "off a balcony", "off the ledge", "off the edge", "into the ocean", "into the bay", "into the quarry", "off the overpass", "off the building", "in front of a train", "in front of the train", "in front of a bus", "in front of the bus", "in front of a car", "in front of a truck", "into traffic", "into a tree", "into the river", "into the lake", "bleed out", "blow my brain", "blow his brain", "blow her brain", "put a bullet", "pull the trigger", "crash the car", "crash my car", "on purpose"]),
  // Asking for a way to die without pain is a plan looked for, whoever it is said to be for.
  painlessDeath: vocabulary("", ["painless way to go", "painless way to die", "painless way out", "painless way to end", "fastest way to die", "quickest way to die", "easiest way to die", "least painful way to", "least painful way of", "go painlessly", "die painlessly", "way to go without pain", "way to die without pain"]),
  notMatter: vocabulary("matter", [], "negated"),
  // Means at hand, thought about: what "it" is, the sentence before or the means beside it says.
  contemplate: vocabulary("", ["be so easy", "would be easy", "would be so easy", "how easy it would be", "for later", "look at it", "stare at it", "think about it", "think about do it", "think about use it", "think about use them", "think about take them", "think about take it", "think of do it", "think of use it", "consider it", "consider do it", "consider use it"]),
  // "how many of her sleeping pills it would take": the amount that would do it.
  itTakes: vocabulary("", ["would be too many", "be too many", "would be too much", "be too much", "too many to", "it would take", "it will take", "would it take", "will it take", "do it take", "it take"]),
  // "end it" with no thing named that ends; "end it with him" is a relationship.
  endIt: vocabulary("", ["end it", "finish it", "end this", "end things"]),
  relationshipEnd: vocabulary("divorce", ["end it with", "end things with", "end this with", "break up", "end the relationship", "end the marriage", "leave <PRON> husband", "leave <PRON> wife", "leave <PRON> boyfriend", "leave <PRON> girlfriend", "leave <PRON> partner", "leave him"]),
  // A day set as a deadline ("after saturday", "the 14th"): tagged by tag-time-points.ts; these are the rest.
  timePoint: vocabulary("", ["this weekend", "next week", "by then", "after this week", "after this weekend", "after this month", "after today", "after tonight", "after the <NOUN>", "tonight be the night", "tonight's the night", "today be the day", "today's the day"]),
  // "nobody will have to deal with me after saturday": a burden that ends, under a negation.
  burdenEnd: vocabulary("", ["have to deal with me", "have to deal with her", "have to deal with him", "have to worry about me", "have to worry about her", "have to worry about him", "have to put up with me", "have to put up with her", "have to put up with him", "have to take care of me", "have to look after me"], "negated"),
  // "where I'm going" said of oneself, with things handed on: a farewell.
  goingAway: vocabulary("", ["where <PRON> be go", "where i'm go", "where <PRON> go", "where <PRON> be head", "where i'm head"]),
  bequest: vocabulary("", ["want you to have", "want her to have", "want him to have", "want them to have", "you can have it", "you can have them", "you keep it", "keep it for me", "to remember me", "remember me by"]),
  // A place people go to die from, told with someone there: "she's at the bridge", "on the overpass railing".
  suicidePlace: vocabulary("bridge overpass cliff ledge rooftop railing bluff quarry gorge canyon overlook", ["train track", "train tracks", "railroad track", "railroad tracks", "the tracks", "on the roof", "top of the parking", "parking deck", "parking garage", "top floor"]),
  // Not coming back from somewhere: with means at hand, a last trip ("drive out to the lake and not come back").
  notComingBack: vocabulary("", ["come back", "coming back", "come home", "coming home"], "negated"),
  // Letters or a note written for after: "she's already written the letters".
  farewellLetters: vocabulary("", ["write the letter", "write the letters", "write letter", "write letters", "write <PRON> letter", "write <PRON> letters", "write a letter to each", "write letters to each", "write a note", "write the note", "leave a note", "write a goodbye", "write goodbye"]),
  // A first try to be made good: "he'll do it again tonight and get it right".
  getItRight: vocabulary("", ["get it right", "do it right", "finish the job", "finish what <PRON> start"]),
  // Mourned ahead: "rip" under a post, "rest in peace".
  mourning: vocabulary("rip", ["rest in peace", "r.i.p"]),
  // A crash meant: "let it find a tree", "drive off the road".
  crashIntent: vocabulary("", ["find a tree", "into a tree", "drive into a", "drive off the", "drive off a", "off the road", "into oncoming", "into a wall", "into a pole"]),
  // Going over it in one's head, a time set: "i keep rehearsing it. the date is the 14th".
  rehearsal: vocabulary("rehearse rehearsing rehearsed", ["play it out in <PRON> head", "go over it in <PRON> head", "going over it in <PRON> head"]),
  // A countdown posted or told: to a day, or to nothing named.
  countdown: vocabulary("countdown", ["count down", "counting down", "days left", "day left"]),
  // What makes a place's name a group's: "the bridge committee", "bridge club".
  namedGroup: vocabulary("committee club team board crew league"),
  // Said to be at a place now: "im on the bridge", "her location shows the tracks".
  hereNow: vocabulary("", ["i be on", "im on", "i'm on", "i be at", "im at", "i'm at", "i be stand", "im stand", "i'm stand", "location show", "location say", "location be at", "location have", "location put", "sit on the", "sitting on the", "standing on the", "standing at the"]),
  // A place picked out: "picking out which bridge".
  placeChosen: vocabulary("scout scouting", ["pick out", "picking out", "picked out", "choose which", "chose which", "pick which", "pick a spot", "picked a spot", "pick the spot", "the right spot"]),
  doneFor: vocabulary("stand standing climb climbed jump", ["<PRON> be do", "i'm do", "im do", "im so do", "be so do", "have have enough", "have enough", "be finish"]),
  // "or for me", "use it on himself": a weapon turned on its owner.
  forSelf: vocabulary("", ["or for me", "or for him", "or for her", "or for myself", "or for himself", "or for herself", "or me", "or myself", "or himself", "or herself", "on myself", "on himself", "on herself", "turn it on"]),
  // "use it on her": a weapon's use on someone named.
  weaponUse: vocabulary("", ["use it on <PRON>", "use it against <PRON>", "use the gun on", "use the knife on", "pull it on <PRON>"]),
  gazeAt: vocabulary("", ["look at", "stare at", "staring at", "looking at", "keep go to", "keep driving to", "drive by"]),
  // A child lured to an adult's place: "gives him money to come inside his house".
  lure: vocabulary("", ["buy <PRON> present", "buy <PRON> presents", "buy <PRON> gift", "buy <PRON> gifts", "send <PRON> money", "give <PRON> money", "gift card", "gift cards", "come over", "come inside", "come into his", "come over to his", "get in his car", "get into his car", "come to his house", "come to his room", "his house", "his room", "his apartment", "his car", "his truck"]),
  // An adult coming to a child's bed or room at night.
  nightVisit: vocabulary("", ["come into <PRON> room", "come in <PRON> room", "come into <PRON> bed", "get into <PRON> bed", "get in <PRON> bed", "climb into <PRON> bed", "sneak into <PRON> room", "sneak in <PRON> room"]),
  // A weapon handled night after night: "loading and unloading his revolver every night".
  weaponHandling: vocabulary("", ["load and unload", "loading and unloading", "clean <PRON> gun", "cleaning <PRON> gun", "hold <PRON> gun", "holding <PRON> gun", "sit with <PRON> gun", "sitting with <PRON> gun", "sit with the gun", "stare at <PRON> gun"]),
  // Means kept against a day to come: "a handgun for when it gets bad enough".
  forWhen: vocabulary("", ["for when <PRON> finally decide", "for when <PRON> decide", "when <PRON> finally decide", "for when <PRON> be ready", "for when it get bad", "for when it get too bad", "when it get bad enough", "if it come to that", "when the time come", "for when i'm ready", "for when i be ready", "just in case it get"]),
  // The family paid out: "they'd get the life insurance and be fine".
  payout: vocabulary("", ["get the life insurance", "get my life insurance", "get the insurance money", "collect the insurance", "collect my life insurance", "insurance money", "worth more to them dead", "life insurance would pay", "life insurance pay out", "policy be pay up", "policy's paid up"]),
  // A mind made up: "Friday's the day, I've made up my mind".
  mindMadeUp: vocabulary("", ["make up <PRON> mind", "mind be make up", "mind's made up", "i have decide", "i've decided", "already decide", "already made up", "figure it out", "have it all figure out", "got it all figure out", "decision be make", "know how <PRON> be go to do it"]),
  // Not braking, not turning the wheel: a crash let happen.
  noBrakes: vocabulary("", ["hit the brake", "hit the brakes", "brake", "turn the wheel", "stop the car"], "negated"),
  // A plan with the means ready: "she has a plan and the pills are ready".
  // "He's got it all figured out": a plan, told without the word.
  plan: vocabulary("", ["have a plan", "make a plan", "get a plan", "figure out how", "the plan be", "it all figure out", "everything figure out", "it all plan out", "everything plan out", "all work out how"]),
  offline: vocabulary("", ["phone be off", "phone off", "phone be turn off", "location be off", "location be turn off", "turn off <PRON> location", "turn <PRON> location off", "share location off", "straight to voicemail", "turn off <PRON> phone", "turn <PRON> phone off", "location off"]),
  // A child shown pornography by someone.
  porn: vocabulary("porn porno pornography xxx", ["dirty video", "dirty videos", "dirty movie", "dirty movies", "dirty picture", "dirty pictures", "adult video", "adult videos", "adult movie", "adult movies", "grown-up video", "grown-up videos", "grown up video", "grown up videos", "grown-up movie", "grown-up movies", "grown up movie", "grown up movies", "grow - up video", "grow up video", "grow - up movie", "grow up movie", "nasty video", "nasty videos", "sex video", "sex videos", "sexy video", "sexy videos"]),
  showVerb: vocabulary("show showing showed"),
  chokehold: vocabulary("", ["by the throat", "by the neck", "hand around <PRON> neck", "hands around <PRON> neck", "hand on <PRON> neck", "hands on <PRON> neck", "hand around <PRON> throat", "hands around <PRON> throat", "hand on <PRON> throat", "hands on <PRON> throat", "squeeze <PRON> neck", "squeeze <PRON> throat", "grab <PRON> throat"]),
  chokingOn: vocabulary("", ["<PRON> be choke", "be choke on", "choke on", "start choke", "start choking"]),
  smallObject: vocabulary("coin coins magnet magnets marble marbles battery batteries"),
  seizure: vocabulary("seizure seizures seizing convulse convulsing convulsion convulsions", ["have a fit"]),
  // "can I bring my pocket knife?": the asker asking leave for their own conduct, not a weapon raised.
  permissionAsk: vocabulary("", ["can i bring", "can i carry", "may i bring", "may i carry", "ok to bring", "okay to bring", "ok to carry", "okay to carry", "allow to bring", "allowed to bring"]),
  // A death disguised: "make it look like an accident".
  staged: vocabulary("", ["make it look", "make this look", "make <PRON> look", "make it seem", "make it appear", "pass it off as", "so it look like", "if it look like", "look like an accident"]),
  disguise: vocabulary("accident accidental natural suicide"),
  crash: vocabulary("crash crashed wreck"),
  notNeeding: vocabulary("need needing", [], "negated"),
  handOver: vocabulary("", ["hand <PRON>", "hand <DET>", "give my", "gave my", "giving my", "look after my", "look after her", "look after his", "take care of my", "watch my", "keep my","give away", "giving away", "gave away", "hand over", "handed over", "hand me", "handed me", "give me", "gave me", "give her", "gave her", "give his", "give her", "giving her", "giving his", "giving their", "gave his"]),
  lowMood: vocabulary("spiral spiraling spiralling down depressed numb empty withdrawn isolate isolating calm quiet", ["so down", "really down", "really dark", "so dark", "be dark lately", "dark place", "dark thought", "dark thoughts", "not herself", "not himself"]),
  notGoingHome: vocabulary("", ["go home", "going home"], "negated"),
  giveAway: vocabulary("", ["give away", "giving away", "gave away", "give all", "give everything", "giving everything"]),
  possessions: vocabulary("xbox playstation ps5 nintendo headphones skateboard clothes clothing shoes truck tool tools bike stuff thing belonging possession everything favorite favourite treasure game collection pet pets dog dogs cat cats guitar console jewelry key keys car quilt ring watch phone savings"),
  pills: vocabulary("pill med meds medication medicine tablet capsule prescription script"),
  stockpile: vocabulary("save stockpile stockpiling hoard hoarding stash collect count counted counting enough", ["save up", "saving up", "have enough", "line up", "lined up", "laid out", "lay out", "set out", "spread out"]),
  evasive: vocabulary("explain", ["say why", "tell you why", "ask why", "ask me why", "talk about why"], "negated"),
  // Shut in with the means: "in the bathtub with a razor and won't come out", "locked himself in with his pills".
  barricaded: vocabulary("", ["come out", "open the door", "let <PRON> in", "let anyone in"], "negated"),
  lockedIn: vocabulary("", ["lock herself in", "lock himself in", "lock themselves in", "lock myself in", "barricade herself", "barricade himself"]),
  sharp: vocabulary("razor razors blade blades scissors needle needles pin pins", ["box cutter", "razor blade"]),
  hiding: vocabulary("hide hiding hidden stash stashed tuck tucked tape taped", ["under <PRON> mattress", "under the mattress", "behind the drawer", "under <PRON> desk", "under the desk"]),
  noose: vocabulary("noose ligature", ["rope around", "bag over <PRON> head", "bag over <PRON> face", "bag on <PRON> head", "bag around <PRON> head", "bag around <PRON> neck"]),
  rope: vocabulary("rope cord belt"),
  // What a rope is tied to or must hold: "asked how strong a closet rod is".
  knot: vocabulary("loop knot tie tied hang hanging beam ceiling rafter", ["closet rod", "shower rod", "curtain rod", "hold <PRON> weight", "hold the weight", "how strong"]),
  lethal: vocabulary("lethal deadly fatal"),
  doseQuestion: vocabulary("", ["how many", "how much", "how long", "enough to"]),
  research: vocabulary("google search research", ["look up", "looked up", "look into"]),
  // How high a bridge is, how deep the water, how far the fall.
  heightOfFall: vocabulary("", ["how high", "how tall", "how far down", "how deep", "high enough", "tall enough", "deep enough", "how many story", "how many stories", "how many floors"]),
  // Walking into water and not coming back.
  intoWater: vocabulary("", ["walk into the ocean", "walk into the lake", "walk into the river", "walk into the sea", "walk into the water", "swim out until", "swim out too far", "swim out and never"]),
  // Going to join someone who has died: "ready to go be with dad", "be with her again in heaven".
  joinTheDead: vocabulary("", ["go be with", "be with <PRON> <NOUN> again", "be with <PRON> again", "in heaven with", "join <PRON> <NOUN> in heaven"]),
  // Stopping a medicine one lives by: a death let come, not chosen aloud.
  stopMeds: vocabulary("", ["stop take <PRON> med", "stop take <PRON> <NOUN> med", "stop take <PRON> medication", "stop take <PRON> <NOUN> medication", "stop take <PRON> insulin", "quit take <PRON> med", "quit take <PRON> <NOUN> med", "refuse to take <PRON> med", "refuse <PRON> med", "flush <PRON> med", "throw away <PRON> med"]),
  // Swimming, a cabin, a boat: water and heights as leisure, not as a way to die.
  leisure: vocabulary("cabin swim swimming beach kayak canoe boat tube float cannonball camp camping picnic hunt hunting", ["for fun", "polar plunge", "hunting season"]),
} satisfies Record<string, Vocabulary>;
