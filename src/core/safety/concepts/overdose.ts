import { DRUG_SLANG, DRUG_WORDS } from "../drug-words.js";
import { WORDNET_DRUGS } from "../generated/wordnet-tables.js";
import { singleWords, multiWords, vocabulary, type Vocabulary } from "../vocabulary.js";

/** Overdose, poisoning, intoxication, someone not breathing. */
export const OVERDOSE_CONCEPTS = {
  overdoseTerm: vocabulary("overdose overdosed overdosing od od'd o.d. poisoned poisoning", ["too many pills", "took too many", "take too many", "took too much", "take too much"]),
  substance: vocabulary(
    `dxm robitussin pill pills med meds medication medicine tablet capsule drug drugs alcohol vodka liquor booze whiskey tequila bleach detergent antifreeze cleaner chemical chemicals battery poison edible edibles gummy gummies inhalant inhalants whippet whippets nitrous duster glue gasoline sanitizer mouthwash ${DRUG_WORDS.join(" ")} ${DRUG_SLANG.join(" ")} ${singleWords(WORDNET_DRUGS).join(" ")}`,
    ["hand sanitizer", "rubbing alcohol", "nail polish remover", "smoke something", "smoking something", "snort something", "drink something", ...multiWords(WORDNET_DRUGS), "cough syrup", "syrup", "took something", "take something", "on something", "tide pod", "laundry pod", "dishwasher pod", "detergent pod", "pod", "pods", "button battery", "rat poison", "lighter fluid", "sleeping pill", "sleeping pills", "cleaning supplies", "compressed air", "air duster", "paint thinner", "nitrous oxide", "laughing gas", "whip its", "whip - its"],
  ),
  ingest: vocabulary("take took swallow swallowed eat ate drink drank pop popped snort snorted inject injected smoke smoked mix mixed chug chugged ingest ingested use used shoot", ["get into", "got into", "into the"]),
  amount: vocabulary("bunch handful whole entire several bottle lot ton all", ["<NUM> of", "way more", "more than <PRON> prescription", "more than prescribed", "double dose", "double the dose", "a lot of", "too many", "too much", "half the", "half a", "a few"]),
  drugIngest: vocabulary("snort snorted snorting inject injected injecting huff huffing huffed sniff sniffing sniffed inhale inhaling inhaled bagging", ["shot up", "shoot up", "shooting up", "do a line", "a line of", "do lines"]),
  unwell: vocabulary("numb nonstop shaking trembling sleepy drowsy vomit vomiting puke puking foam foaming seizure seizing confused slurring slur lethargic clammy gray grey floppy limp twitch twitching convulse convulsing hallucinate hallucinating collapse collapsed inconsolable", ["can not feel <PRON> leg", "can not feel <PRON> legs", "can not feel <PRON> arm", "can not feel <PRON> arms", "can not move <PRON> leg", "can not move <PRON> legs", "can not move <PRON> arm", "barely awake", "can not stay awake", "hard to wake", "barely wake", "barely wakes", "can barely wake", "heart race", "heart be race", "heart racing", "heart pound", "heart be pound", "chest pain", "throw up", "throwing up", "out of it", "eyes roll", "nod off", "nodding off", "nodding out", "fell out", "blue lips", "lips be blue", "lip be blue", "turn blue", "turning blue", "stay awake"]),
  unresponsive: vocabulary("unresponsive unconscious faint fainted fainting gasp gasping", ["slump over", "slumped over", "turn purple", "turning purple", "turn gray", "turning gray", "turn grey", "turning grey","<PRON> collapse", "<PRON> collapsed", "just collapse", "suddenly collapse","pass out", "passed out", "passing out", "stop breathing", "stopped breathing", "barely breathing", "trouble breathing", "no pulse", "turn blue", "turning blue", "blue lips", "lips be blue", "lip be blue", "foaming at the mouth", "not moving", "wake up on the floor", "wake up on the <NOUN> floor", "come to on the floor"]),
  notBreathing: vocabulary("breathe breathing", [], "negated"),
  notResponding: vocabulary("respond responding responsive react reacting", [], "negated"),
  bodyCold: vocabulary("cold clammy limp floor pale"),
  // A child's everyday medicines named by brand or by class are prescribed ones: "barely eating since the Concerta",
  // "just started a stimulant".
  // Medicines as choices to weigh ("the medication options the psychiatrist laid out"), not pills set out.
  medicineChoices: vocabulary("option options choice choices alternative alternatives", ["pros and cons", "the difference between", "the differences between"]),
  prescribed: vocabulary("prescribe prescribed prescription concerta vyvanse focalin strattera intuniv guanfacine methylphenidate stimulant stimulants antidepressant antidepressants ssri ssris antipsychotic antipsychotics anticonvulsant anticonvulsants", ["side effect", "side effects", "make me", "makes me", "mood stabilizer", "mood stabilizers", "adhd med", "adhd meds", "adhd medication", "adhd medicine", "med holiday", "medication holiday"]),
  breathing: vocabulary("breathe breathing breath gurgle gurgling"),
  abnormal: vocabulary("fast rapid grunt grunting wheeze wheezing weird weirdly funny strange strangely slow slowly shallow gasp gasping raspy rattle rattling gurgle gurgling snore snoring hard"),
  blue: vocabulary("blue gray grey purple pale"),
  face: vocabulary("lip lips face skin finger fingers fingertip nail nails"),
  administer: vocabulary("give gave use used spray sprayed need needed administer administered put mix slip spike", ["add to", "put in"]),
  ingestAccident: vocabulary("swallow swallowed ate eat drink drank ingest ingested lick chew chewed bite bit", ["get into", "got into", "all over <PRON> mouth", "around <PRON> mouth", "in <PRON> mouth"]),
  accident: vocabulary("fell fall trip tripped slip slipped accident accidentally playground garden gardening thorn thorns bush branch hiking vaccine vaccines vaccination immunization injection booster", ["by accident", "flu shot", "covid shot", "blood draw", "blood test", "get ready for", "getting ready for"]),
  bereavement: vocabulary("funeral grief grieve grieving memorial anniversary bereaved bereavement loss", ["pass away", "passed away", "die by", "died by", "lost to", "lose to", "lost her", "lost his"]),
  // Drink, by name or by measure: "a little nip of whiskey", "a sip of beer".
  alcohol: vocabulary("alcohol whiskey whisky vodka beer wine liquor booze rum tequila bourbon moonshine brandy gin", ["nip of", "sip of", "shot of", "splash of"]),
  // Given to make a child sleep or calm down: sedating a child.
  sedate: vocabulary("", ["so <PRON> will sleep", "so <PRON> 'll sleep", "so <PRON> sleep", "so <PRON> stay asleep", "make <PRON> sleep", "make <PRON> sleepy", "help <PRON> sleep", "put <PRON> to sleep", "knock <PRON> out", "calm <PRON> down", "keep <PRON> quiet", "settle <PRON> down"]),
  // Something swallowed that no one can name: "drank something, mom isn't sure what it was".
  // A medicine a child cannot go without, run out: "no insulin for three days".
  vitalMedicine: vocabulary("insulin inhaler epipen epi-pen", ["seizure med", "seizure meds", "seizure medicine", "heart medicine", "heart meds"]),
  ranOut: vocabulary("", ["run out", "ran out", "out of", "can not afford", "could not afford", "no more"]),
  // Someone else's medicine, or the wrong one, given or taken: "gave him her blood pressure pills instead of his".
  wrongMedicine: vocabulary("", ["instead of <PRON>", "instead of his", "instead of her", "wrong pill", "wrong pills", "wrong medicine", "wrong medication", "wrong meds", "wrong med", "double dose", "double the dose", "twice the dose", "accidentally give", "accidentally take", "accidentally took", "accidentally gave", "by accident"]),
  unknownIngested: vocabulary("", ["take something", "took something", "drink something", "drank something", "ate something", "eat something", "swallow something", "swallowed something", "get into something", "got into something", "not sure what it be", "do not know what it be", "not sure what <PRON> take", "not sure what <PRON> drank", "not sure what <PRON> ate", "swallow a handful of something", "take a handful of something", "swallow a bunch of something", "take a bunch of something", "swallow a handful of whatever", "take a handful of whatever"]),
  // Someone down on the floor or the ground.
  onFloor: vocabulary("", ["on the floor", "on the <NOUN> floor", "on the ground"]),
  // Not moving or talking, said of someone down: "won't talk", "isn't moving".
  notMoving: vocabulary("move moving talk talking speak speaking answer", ["get up", "open <PRON> eye", "open <PRON> eyes"], "negated"),
  naloxone: vocabulary("narcan naloxone"),
  // A bottle found empty beside someone: "on the bathroom floor with an empty pill bottle".
  emptyBottle: vocabulary("", ["empty pill bottle", "empty pill bottles", "empty bottle of", "empty bottles of", "empty prescription bottle", "empty blister pack", "pill everywhere", "pills everywhere", "pill all over", "pills all over", "pill scatter", "pills scattered", "open pill bottle", "open bottle of pill"]),
  // An allergic reaction closing the airway.
  anaphylaxis: vocabulary("anaphylaxis anaphylactic", ["throat swell", "throat be swell", "throat swelling", "swell shut", "swelling shut", "tongue swell", "tongue be swell", "can not swallow", "need <PRON> epipen", "use <PRON> epipen", "use the epipen"]),
  // Household poisons: drunk or swallowed in any amount, an emergency.
  householdPoison: vocabulary("bleach antifreeze detergent gasoline kerosene", ["under the sink", "cleaning product", "cleaning products", "lamp oil", "torch fuel", "tiki torch", "drain cleaner", "rat poison", "lighter fluid", "paint thinner", "windshield fluid", "washer fluid", "nail polish remover", "weed killer", "bug spray", "toilet cleaner", "oven cleaner"]),
  intoxicated: vocabulary("drunk wasted hammered plastered sloshed trashed intoxicated stoned tweaking blackout slur slurring stumble stumbling reek", ["barely stand", "can barely stand", "could barely stand", "can not stand up", "smell like alcohol", "smell of alcohol", "smell like weed","blacked out", "black out", "high on", "be high", "get high", "so high", "under the influence", "on drugs", "nodding out", "pinpoint pupil", "pinpoint pupils", "tiny pupil", "tiny pupils", "pupil tiny", "pupils tiny", "pupil be tiny", "pinned pupil", "pinned pupils", "be drink", "drink all day", "drinking all day", "a fifth a day", "fifth of", "a fifth every", "use again", "using again"]),
  // A return to use, told of a parent or a child: with someone in their care now, a danger; alone, a worry.
  relapse: vocabulary("relapse relapsed relapsing"),
  caregiving: vocabulary("drive driving drove watch watching babysit care home alone car pick", ["pick up", "with the kids", "with the baby"]),
} satisfies Record<string, Vocabulary>;
