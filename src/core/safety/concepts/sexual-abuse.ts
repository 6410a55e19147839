import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** Sexual abuse, grooming and the secrecy around it. */
export const SEXUAL_ABUSE_CONCEPTS = {
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
  // A young child's sexual behaviour beyond their age, a sign of abuse a partner must report: "started acting out sexually".
  sexualizedBehavior: vocabulary("sexualized sexualised", ["act out sexually", "acting out sexually", "sexually act out", "sexually acting out", "act sexually", "sexual behavior", "sexual behaviour", "sexual play", "sexual drawing", "sexual drawings", "simulate sex", "simulating sex", "know too much about sex", "knows too much about sex", "know that much about sex", "so much about sex", "sex stuff", "hump", "humping"]),
  // Dating words: with a minor and an adult, a relationship the law forbids.
  dating: vocabulary("date dating dated boyfriend girlfriend bf gf", ["go out with", "going out with", "see each other", "seeing each other", "hook up", "hooking up"]),
  // Signs a child is sold for sex: what an exploiter hands a child, the words for it.
  trafficking: vocabulary("traffic trafficked trafficking pimp pimped pimping", ["meet man", "meet older man", "send <PRON> to meet", "meet man for money", "sell herself", "selling herself", "sell himself", "sold for sex", "sell her for", "hotel key", "hotel keys", "hotel key card", "hotel key cards", "key card", "key cards", "sugar daddy", "escort", "call himself <PRON> daddy", "calls himself her daddy"]),
  // A child's signs that something happens with an adult: back to wetting the bed, won't be alone with him.
  abuseSigns: vocabulary("", ["wet the bed again", "wetting the bed again", "start wet the bed", "start wetting the bed", "be alone with him", "be alone with her", "be left alone with", "afraid of him", "scared of him", "terrified of him"]),
  // The word itself, without a kiss or a cuddle: what a grown relative does to a child, told plainly.
  touchWord: vocabulary("touch touching"),
  // "feel" only with a body to feel: "she feels small in that room" is a feeling, not a touch.
  touch: vocabulary("touch touching rub kiss fondle undress expose flash lap cuddle", ["put <PRON> hand", "put <PRON> hands", "<PRON> hand down", "<PRON> hand in", "<PRON> hand up", "feel <PRON> up", "feel up", "feel <PRON> leg", "feel <PRON> chest", "walk in on", "walks in on", "watch <PRON> shower", "watch <PRON> change", "watch <PRON> undress", "crawl into <PRON> bed", "get into <PRON> bed", "climb into <PRON> bed", "get in <PRON> bed", "get in bed", "crawl into bed", "sleep in her bed", "sleep in his bed", "in the shower with", "in the bath with"]),
  private: vocabulary("private privates genital genitals penis vagina crotch breast breasts butt bottom inappropriately sexual sexually naked nude nudes", ["down there", "down <PRON> pants", "in <PRON> pants", "down the back of <PRON> pants", "down the back of", "up <PRON> shirt", "up <PRON> skirt", "in <PRON> underwear", "under her clothes", "under his clothes", "under the blanket", "where he should not", "where she should not", "where <PRON> swimsuit", "where <PRON> bathing suit", "where <PRON> underwear", "where <PRON> diaper", "where <PRON> bra", "weird way", "in a weird way"]),
  // "private" alone is also a private practice or a private school; kept private is secrecy.
  secret: vocabulary("secret secrets secrecy", ["keep it private", "keep this private", "keep <PRON> private", "between them", "keep it between", "keep this between", "between <PRON> two", "nobody will believe", "no one will believe", "nobody would believe", "no one would believe", "nobody believe", "between us", "keep quiet", "have to be quiet", "has to be quiet", "tell <PRON> to be quiet", "make <PRON> be quiet", "stay quiet", "keep it quiet", "our thing", "our little game", "special game", "game only", "only they play", "just between", "would not understand", "wouldn't understand", "if <PRON> ever tell", "if she tell", "if he tell", "if you tell", "if i tell", "if they tell", "if she tells", "if he tells"]),
  notTelling: vocabulary("tell anyone anybody", [], "negated"),
  // Kept from a parent: "mom can't know", "don't let your dad find out".
  keptFrom: vocabulary("", ["delete the message", "delete the messages", "delete the text", "delete the texts", "delete the chat", "delete <PRON> message", "delete <PRON> messages", "delete <PRON> text", "delete <PRON> texts", "delete the msg", "delete <PRON> msg", "delete the chats", "delete <PRON> chat", "delete <PRON> chats", "erase the message", "erase <PRON> message",
    // Hidden from the child's parents: "keep their 'friendship' from her parents".
    "from <PRON> parent", "from <PRON> parents", "from <PRON> mom", "from <PRON> dad", "can not know", "must not know", "not suppose to know", "not supposed to know", "never know", "not let <NOUN> know", "not let <PRON> know", "not let <PRON> <NOUN> know", "never find out", "can not find out", "not find out", "keep it from", "keep this from", "hide it from"]),
  // A child behind a locked door with a parent's partner.
  lock: vocabulary("lock locked locking", ["close the door", "shut the door", "closed door", "closed doors", "door closed", "door shut"]),
  room: vocabulary("bathroom bedroom room door closet basement shower bath garage"),
  contactContext: vocabulary("pay paid night bed bedroom room alone special game gift gifts present presents photo photos picture pictures pic pics naked nude body older online chat snapchat instagram discord tiktok car bath shower sleepover lap text texting chat chats message messages money weed drug drugs alcohol vape staying apartment hotel", ["do stuff", "do thing", "do things", "what they do", "what happened", "what he does", "what he did", "play doctor", "buy <PRON>", "buys <PRON>", "bought <PRON>", "buying <PRON>", "tickle game", "tickling game", "give her a phone", "give him a phone", "gave her a phone", "gave him a phone", "secret phone", "special game", "secret game", "our game", "our little game", "naked game"]),
  photoRequest: vocabulary("nude nudes naked explicit sexting sext", ["send pictures", "send pics", "send photos", "ask for picture", "ask for pictures", "ask <PRON> for picture", "ask <PRON> for pictures", "ask for pic", "ask for pics", "without <PRON> shirt", "without a shirt", "without clothes", "without <PRON> clothes", "with no clothes", "no clothes on", "without any clothes", "in <PRON> underwear", "picture of herself", "picture of himself", "pics of herself", "pics of himself"]),
  sendVerb: vocabulary("send sent sending"),
  image: vocabulary("pic pics picture pictures photo photos image images video videos selfie selfies"),
  coercion: vocabulary("make makes made force forced pressure pressured demand demanded blackmail blackmailed threaten threatened", ["send <PRON> away", "sent away", "send away", "get in trouble", "be in trouble", "take <PRON> away"]),
  runaway: vocabulary("missing runaway", ["run away", "ran away", "ran off", "run off", "took off with"]),
  // A child's bed shared by a grown-up: "sleeps in her 11-year-old daughter's bed".
  childBed: vocabulary("", ["old 's bed", "yo 's bed", "daughter 's bed", "son 's bed", "kid 's bed", "child 's bed", "girl 's bed", "boy 's bed", "in bed with <PRON> daughter", "in bed with <PRON> son", "in bed with the kid", "in bed with the girl"]),
  // A child's signs of fear or regression after an adult: "won't look at him", "flinches", "wetting the bed again".
  fearSign: vocabulary("flinch flinches flinching", ["will not look at him", "won't look at him", "will not look at her", "scared of him", "afraid of him", "terrified of him", "wet the bed", "wetting the bed", "start wet the bed", "bedwetting", "will not go near him", "won't go near him", "hide from him"]),
  // Tagged by age (tag-concepts.ts): a son or daughter said to be grown ("my daughter is 24").
  adultChild: vocabulary(""),
  olderStranger: vocabulary("older stranger adult predator", ["grown man", "old man", "older guy", "older man", "older boy", "an adult"]),
  online: vocabulary("online app snapchat instagram discord tiktok roblox fortnite chat dm dms message messages internet comment comments post posts", ["meet up", "meet him", "meet her"]),
  // A child made to bathe or change in view: "shower with the door open".
  exposure: vocabulary("", ["with the door open", "door open while", "in front of him", "in front of her"]),
  watchVerb: vocabulary("watch watches watching watched stare stares staring peek peeks peeking"),
} satisfies Record<string, Vocabulary>;
