import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** Physical abuse of a child, a hurt baby, drowning. */
export const PHYSICAL_ABUSE_CONCEPTS = {
  hitVerb: vocabulary("hit hits hitting beat beating beaten punch kick slap smack whip choke choking strangle shake shook shaken shove burn spank hurt abuse abused batter belt pinch slam", ["beat up", "put his hands on", "put her hands on", "put hands on", "push <PRON> down", "push <PRON> into", "push <PRON> against", "pushed <PRON> down", "pushed <PRON> into", "pushed <PRON> against", "throw <PRON> against", "threw <PRON> against"]),
  injury: vocabulary("bruise bruises bruised bruising welt welts handprint handprints fracture fractured swollen scald scalded injury injuries injured lash lashes", ["broke her", "broke his", "break her", "break his", "black eye", "broken arm", "broken bone", "broken leg", "broken rib", "belt mark", "cigarette burn", "burn mark", "burn marks", "round burn", "small burn", "burn on", "burns on", "burn on the", "burns on the"]),
  babyHarm: vocabulary("drop dropped limp floppy seizure lethargic rough roughly", ["throw <DET> <NOUN> onto", "throw <DET> <NOUN> against", "throw <DET> <NOUN> across", "throw <DET> <NOUN> into", "throw <PRON> <NOUN> onto", "throw <PRON> <NOUN> against", "throw <DET> baby", "throw <PRON> on", "throw <PRON> onto", "throw <PRON> across", "throw <PRON> in", "toss <DET> baby", "toss <PRON>", "soft spot", "not moving", "fell off", "hit her head", "hit his head", "bump on", "too rough", "shake the baby"]),
  harmInstrument: vocabulary("stove iron cigarette lighter cord wire hanger paddle scalding boiling", ["hot water", "extension cord", "curling iron"]),
  impact: vocabulary("fall fell roll rolled drop dropped bump bumped shake shook shaken slide slid collapse collapsed", ["hit <PRON> head", "hit her head", "hit his head", "bang <PRON> head", "on <PRON> head", "off the bed", "off the couch", "off the table", "down the stairs"]),
  // "shut her up for good", "make him be quiet forever": silencing a child, for ever.
  silence: vocabulary("", ["shut <PRON> up", "shut <DET> <NOUN> up", "shut up", "keep <PRON> quiet", "make <PRON> quiet", "make <PRON> be quiet", "make <PRON> stop", "make it stop", "stop <PRON> cry", "stop the crying", "be quiet"]),
  permanence: vocabulary("forever permanently", ["for good", "for ever", "once and for all", "one way or another", "or else"]),
  // Held under water, or fallen into it: drowning.
  submerge: vocabulary("underwater", ["under water", "under the water", "head under", "heads under", "fall into the pool", "fell into the pool", "fall in the pool", "fell in the pool", "fall into the water", "fell into the water", "fall into the lake", "fell into the lake", "face down in"]),
  highFever: vocabulary("", ["burn up", "burning up", "high fever", "fever of 103", "fever of 104", "fever of 105", "103 fever", "104 fever", "105 fever", "fever of 40", "fever of 41"]),
  // A heart attack or a stroke: "one side of her face is drooping".
  cardiac: vocabulary("droop drooping", ["one side of <PRON> face", "hold <PRON> chest", "clutch <PRON> chest", "clutching <PRON> chest", "chest pain", "chest hurt", "heart attack", "stroke"]),
  forceAgainst: vocabulary("misbehave misbehaves against hold held holding press pressed put", ["hold down", "held down"]),
  discipline: vocabulary("discipline disciplines punish punishes punished punishment punishments whoop whooped whooping whup whupped whupping beating", ["kneel on rice", "kneel on uncooked rice", "kneel on <DET> floor for", "when he lie", "when she lie", "for lie", "for lying"]),
  // "he's fine", "she's okay": told after a fall or a bump, the harm is over.
  unharmed: vocabulary("", ["<PRON> be fine", "<PRON> be okay", "<PRON> be ok", "<PRON> be alright", "<PRON> be totally fine", "<PRON> be perfectly fine"]),
} satisfies Record<string, Vocabulary>;
