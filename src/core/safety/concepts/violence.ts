import { WEAPON_PHRASES, WEAPON_WORDS } from "../weapon-words.js";
import { WORDNET_WEAPONS } from "../generated/wordnet-tables.js";
import { singleWords, multiWords, vocabulary, vocabularyInIdioms, type Vocabulary } from "../vocabulary.js";

/** Violence and threats, weapons, warnings to stay away. */
export const VIOLENCE_CONCEPTS = {
  // What one may fear at a home visit that is no person: "scared of their pit bull".
  animal: vocabulary("dog dogs puppy pup cat kitten pet pets shepherd rottweiler husky doberman horse snake snakes spider spiders bird goat rooster chicken cow pig rat rats mouse mice bee bees wasp", ["pit bull", "pit bulls", "german shepherd"]),
  violentVerb: vocabulary("kill murder shoot stab strangle choke beat hurt attack burn bomb rape slit stomp jump smother suffocate drown poison", ["beat up", "shoot up", "blow up", "cut up"]),
  intent: vocabulary("going gonna will would threaten threatened threatening threat want wanna plan planning swear swore promise", ["'ll", "'d"]),
  threat: vocabulary("threaten threatened threatening threat threats", ["death threat", "death threats", "hit list", "kill list"]),
  // "He's taking everybody with him": an ending that takes others along; a threat only beside a weapon or an ending.
  takeAllAlong: vocabulary("", ["take everybody with him", "take everyone with him", "take everybody with her", "take everyone with her", "take everybody with me", "take everyone with me", "take them all with", "take us all with"]),
  // Struck with, not shot with: a bat, a crowbar, a hammer brought to a door.
  bludgeon: vocabulary("crowbar hammer machete", ["baseball bat", "a bat", "with a bat", "tire iron", "golf club", "metal pipe", "a pipe"]),
  // Someone trying to force a way in: "pounding on the door right now".
  forcingDoor: vocabulary("", ["bang on the door", "banging on the door", "pound on the door", "pounding on the door", "beat on the door", "beating on the door", "kick the door", "kicking the door", "kick in the door", "kick down the door", "break down the door", "breaking down the door", "try to break in", "trying to break in", "try to get in", "trying to get in", "break the window", "breaking the window"]),
  // Carried to where people gather: "bringing his dad's gun to the game saturday".
  carryTo: vocabulary("bring bringing brought carry carrying sneak sneaking"),
  // "he'll put me in the ground": a burial promised, unless work is what will do it ("this job will put me in the ground").
  buryThreat: vocabulary("", ["put <PRON> in the ground", "put <PRON> six feet under", "put <PRON> 6 feet under", "put <PRON> in a grave", "put <PRON> in the grave"]),
  deathThreat: vocabulary("", ["you be dead", "you're dead", "you be go to die", "you will die", "you be next", "put her in the hospital", "put him in the hospital", "put you in the hospital", "put me in the hospital", "make her pay", "make him pay", "make them pay", "make you pay","death threat", "death threats", "hit list", "kill list", "shoot up", "shooting up"]),
  // Everyday names by hand; WordNet's hyponyms of weapon and knife, derived at build time, for the rest.
  weapon: vocabulary([...WEAPON_WORDS, ...singleWords(WORDNET_WEAPONS)].join(" "), [...WEAPON_PHRASES, ...multiWords(WORDNET_WEAPONS)]),
  brandish: vocabulary("point pointed pointing wave waved waving pull pulled brandish brandished hold held show showed carry carrying bring brought pack packing aim aimed grab grabbed between block blocking corner cornered toward towards", ["to school", "in front of", "at the kids", "at the baby", "to her throat", "to his throat", "to my throat", "to her head", "to his head",
    // Held against someone's body: "a knife at her throat", "a gun against his head". Not "to my head": "this
    // deadline is a gun to my head" is an idiom, and one truly held there is held ("held a gun to my head").
    ...["at", "against"].flatMap((by) => ["throat", "neck", "head", "chest", "face", "temple"].map((part) => `${by} <PRON> ${part}`)),
    ...["her", "his", "their"].flatMap((whose) => ["neck", "chest", "face", "temple"].map((part) => `to ${whose} ${part}`))]),
  play: vocabulary("foam toy toys plastic nerf pretend play playing game costume adorable cute silly squirt", ["jump rope", "jump ropes", "rope swing", "tug of war", "climbing rope", "water gun", "nerf gun", "toy gun", "at the range", "shooting range", "gun range", "target practice", "learn to shoot", "skeet", "clay pigeon"]),
  anger: vocabulary("argument argue argued fought angry rage furious mad yell yelling scream screaming fight fighting argue arguing drunk high violent unstable crazy paranoid threaten threatening"),
  school: vocabulary("school classroom campus cafeteria bus"),
  // "he'll take everyone out with him": killing others, told as an intent.
  takeAllOut: vocabulary("", ["take everyone out", "take them all out", "take everybody out", "take out everyone", "take people out", "take all of them out"]),
  massViolence: vocabulary("bloodbath massacre columbine", ["shoot the place up", "shoot up the", "shoot everyone", "kill everyone"]),
  // "told my daughter not to come to school friday": a warning to stay away.
  stayAway: vocabulary("", ["not to come to school", "not come to school", "not go to school", "not to go to school", "stay home from school", "stay away from school", "stay home tomorrow", "stay home on", "do not come to school", "not come in tomorrow"]),
  warn: vocabulary("warn warned warning tell told said say"),
  fear: vocabulary("afraid scared terrified fear frightened unsafe", ["what <PRON> will do next", "what <PRON> might do", "what <PRON> be capable of", "what <PRON> would do to", "for her life", "for his life", "for their life"]),
  notSafe: vocabulary("safe", [], "negated"),
  fearedPlace: vocabulary("home house husband boyfriend partner ex life", ["go home", "going home"]),
  domesticViolence: vocabulary("abusive abuse abused abuser abusing batter battered battering dv", ["domestic violence", "intimate partner violence"]),
  stalking: vocabulary("stalk stalking stalker stalked", ["new account", "new accounts", "fake account", "fake accounts", "show up outside", "showed up outside", "outside my house", "outside her dorm", "outside his dorm", "outside my work", "post her address", "posted her address", "post <PRON> address", "share her address", "her address online", "restraining order", "protective order", "protection order", "show up at", "showed up at", "track her phone", "tracking her phone", "track <PRON> phone", "tracks her phone", "show up wherever", "shows up wherever", "follow <PRON> everywhere", "follow <PRON> home", "following <PRON> home", "followed <PRON> home", "know where <PRON> sleep", "know where <PRON> live", "knows where she lives", "knows where he lives", "follow her", "following her", "followed her", "follow him", "following him", "outside her house", "outside her work", "outside her apartment", "outside her job", "park outside", "parked outside", "parking outside", "drive by her", "drove by her", "driving by her", "wait outside", "waiting outside", "keep show up", "keeps showing up", "airtag", "airtags", "tracker", "gps tracker", "dead bird", "dead animal", "dead cat", "dead rat", "time a day", "times a day", "picture of my house", "pictures of my house", "photo of my house", "photos of my house", "picture of my car", "pictures of my car", "pic of my house", "pics of my house"]),
  menace: vocabulary("", ["know where the <NOUN> live", "know where <PRON> <NOUN> live", "better watch herself", "better watch himself", "better watch yourself", "better watch out", "better watch <PRON> back", "'ll regret", "will regret", "gonna regret", "should take care of her", "should take care of him", "someone should take care", "someone should hurt", "should hurt her", "someone should teach", "see you soon", "be see you", "see you around", "know where you live", "know where you sleep", "know where you work", "know where your kid", "know where your kids", "know where she live", "know where he live", "know where you be", "watch your back", "you will be sorry", "you will regret", "come for you", "coming for you", "come for her", "coming for her", "come for him", "coming for him", "know her school", "know his school", "know where she go to school", "know where he go to school", "know where she park", "know where he park", "know where she work", "know where he work", "make <PRON> pay", "make <PRON> <NOUN> pay", "be watch you", "get what you deserve", "get what she deserve", "nobody can have", "no one can have", "nobody else can have", "no one else can have", "nobody will have", "no one will have"]),
  // Kept from leaving: "won't let me leave the house".
  keptIn: vocabulary("", ["let <PRON> leave", "let <PRON> go out", "let <PRON> out of", "let <PRON> see <PRON> friend", "let <PRON> see <PRON> family"], "negated"),
  // Struck by someone, in the words the one struck uses; not "beat me at cards", "hit me with the news", "kicked me off the team".
  assault: vocabulary("punch punched punching slap slapped slapping choke choked choking strangle strangled smack smacked shove shoved strike struck headbutt headbutted", ["beat <PRON> up", "hit <PRON> in the", "hit <PRON> again", "hit <PRON> so hard", "hit <PRON> hard", "hit <PRON> across", "put <PRON> hands on", "kick <PRON> in the", "kicked <PRON> in the", "throw <PRON> against", "threw <PRON> against", "push <PRON> down", "pushed <PRON> down", "push <PRON> into", "pushed <PRON> into", "shove <PRON> into", "pin <PRON> down", "pinned <PRON> down", "pinned <PRON> against"]),
  // Taking the children away to be hidden: a threat of abduction, most dangerous with a weapon.
  abduct: vocabulary("kidnap kidnapped kidnapping abduct abducted", ["where nobody can find", "where no one can find", "where nobody will find", "where no one will find", "where nobody find", "somewhere nobody", "somewhere no one", "nobody find us", "no one find us", "nobody will find us", "no one will find us", "disappear with the kids", "disappear with the baby", "run off with the kids", "run off with the baby", "never see the kids again", "never see <PRON> kids again", "never see the baby again"]),
  // Something swung or thrown at someone, or a lunge: "swinging a bat at his little brothers".
  swing: vocabulary("", ["swing <DET> <NOUN> at", "swing <PRON> <NOUN> at", "swing at", "throw <DET> <NOUN> at", "throw <PRON> <NOUN> at", "throw thing at", "lunge at", "come at <PRON> with", "go after <PRON> with"]),
  // A vague threat of a day to come: "he's bringing something monday, see who's laughing then", "everyone will see".
  vagueThreat: vocabulary("", ["be gonna pay", "be go to pay", "all gonna pay", "gonna pay for", "go to pay for this", "see who be laugh", "see who's laughing", "who be laugh now", "everyone will see", "everybody will see", "you will all see", "you'll all see", "they will be sorry", "they'll see", "they will see", "they will all see", "they'll be sorry", "they will all be sorry", "make them pay", "make them all pay", "bring something", "bringing something", "come back with something", "teach these people", "teach them a lesson", "teach <PRON> a lesson"]),
  // "if I can't have the kids, nobody can": a threat to the children themselves.
  possessiveThreat: vocabulary("", ["if <PRON> can not have <PRON> nobody", "if <PRON> can not have the kid nobody", "if <PRON> can not have the kid no one", "if <PRON> can not have <PRON> no one", "nobody else can have", "no one else can have", "nobody can have <PRON>", "no one can have <PRON>"]),
  // A list of people to "deal with": a hit list in other words.
  listThreat: vocabulary("", ["list of ppl", "list of people", "list of kid", "list of name", "list of student", "list of teacher", "list with name", "list with the name", "name of the kid who", "name of everyone who", "name of the people who"]),
  // Going to "deal with" or "take care of" someone, said beside a weapon: a confrontation planned. In quotation
  // marks the words are a euphemism whatever comes before them.
  confrontIntent: vocabulary("", ["go deal with", "go to deal with", "gonna deal with", "go to go deal with", "go take care of", "gonna take care of", "settle the score", "get even with", "teach <PRON> a lesson", "make <PRON> pay", "' deal with", "' take care of", "' handle"]),
  // A partner with a history of harm on his way to her: "just got out of jail and on his way to her place".
  approaching: vocabularyInIdioms("", ["on <PRON> way to <PRON> place", "on <PRON> way to <PRON> house", "on <PRON> way over", "on <PRON> way here", "get out of jail", "got out of jail", "out of prison", "release from jail", "released from jail", "heading to her place", "heading to her house", "coming over to her"]),
  // Hiding from someone with a weapon: "I'm in the bathroom with the kids".
  hidingFrom: vocabulary("", ["in the bathroom with the kid", "in the bathroom with <PRON> kid", "in the closet with the kid", "lock <PRON> in the bathroom", "lock in the bathroom", "hide in the", "hiding in the", "hide from him", "hiding from him"]),
  // Joking: "she joked she's going to strangle whoever skips their notes".
  joking: vocabulary("joke joked joking jokingly kidding"),
  // A child held out over a drop.
  overDrop: vocabulary("", ["over the balcony", "over the railing", "over the rail", "over the edge", "over the ledge", "out the window", "out of the window", "off the balcony"]),
  // Dragged or held by the hair.
  hairGrab: vocabulary("", ["by <PRON> hair", "by the hair"]),
  drag: vocabulary("drag dragged dragging yank yanked pull pulled grab grabbed throw threw"),
} satisfies Record<string, Vocabulary>;
