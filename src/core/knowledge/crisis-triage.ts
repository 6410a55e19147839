export type CrisisKind = "suicide" | "self_harm" | "child_abuse" | "violence" | "overdose";

/**
 * Language that reads as someone at risk. Checked before any search, on the raw text, so a person in danger
 * gets crisis guidance first. Each pattern needs a person and a harm, or a harm word that is never casual.
 */
const RISK: [CrisisKind, RegExp][] = [
  [
    "suicide",
    /\b(suicid\w*|kill(s|ing|ed)? (him|her|my|them|your)sel(f|ves)|kill themself|end(s|ing)? (his|her|my|their|it) (own )?li(fe|ves)|end(s|ing)? it all|tak(e|es|ing) (his|her|my|their) (own )?li(fe|ves)|want(s|ed)? to die|wish(es)? (he|she|they|i) (was|were) dead|better off (dead|without (me|him|her|them))|not want(ing)? to (live|be alive|be here)|no reason to live|no point (in )?(living|going on)|hang(ing)? (him|her|my|them)sel(f|ves)|goodbye (note|letter|message|text)|suicide note|giv(e|es|ing) away (his|her|their|my) (stuff|things|belongings|possessions)|can'?t (do this|go on|take (it|this)) any ?more|(saving|stockpil\w*|hoard\w*|collecting) (up )?(his|her|their|my)? ?(pills|meds|medication)|jump(ing)? off (a|the) (bridge|roof|building))\b/i,
  ],
  [
    "self_harm",
    /\b(self[- ]?harm\w*|cutting (him|her|my|them)sel(f|ves)|cuts (him|her|my|them)sel(f|ves)|(she|he|they|i) cuts?\b|(fresh )?cuts on (his|her|their|my) (arms?|wrists?|legs?|thighs?)|(hurt|hurting|harm|harming|burn|burning|scratch\w*) (him|her|my|them)sel(f|ves))\b/i,
  ],
  [
    "overdose",
    /\b(overdos\w*|od'?d|o\.d\.|fentanyl|narcan|naloxone|took .{0,25}\b(pills|meds|medication|tablets|bottle)|swallowed (pills|a bottle|.{0,15}pills)|(won'?t|can'?t|isn'?t|not) (wake|waking) up|(isn'?t|not|stopped) breathing|passed out|unresponsive|turning blue)\b/i,
  ],
  [
    "violence",
    /\b(going to|gonna|threaten\w*( to)?( come)?|wants? to|plans? to|said (he|she|they)('d| would| will)) (kill|shoot|stab|hurt|attack|beat|burn)\b|\bshoot(ing)? up\b|\b(has|have|had|with|bought|got|carrying|pulled) a (gun|knife|weapon|firearm)\b|\bdomestic violence\b|\b(hits|hit|beats|beat|chok\w*|strangl\w*) (her|his|their|my) (wife|husband|partner|girlfriend|boyfriend|mom|mother|dad|father)\b|\b(he|she) (hits|beats|chokes) (her|him|me)\b|\b(husband|boyfriend|partner|wife|girlfriend|ex|ex-husband|ex-boyfriend|stepdad|dad|father) (hits|hit|beats|beat|chokes|choked|punche[sd]|slap(s|ped)|hurts|hurt|threatens|threatened) (her|him|me|them|the mom|the dad)\b/i,
  ],
  [
    "child_abuse",
    /\b(abus(e|ed|es|ing|ive)|molest\w*|neglect(ed|ing|s)?|sexual(ly)? (touch\w*|assault\w*|abus\w*)|grooming|(beat|beats|beating|hit|hits|hitting|punch\w*|chok\w*|burn(ed|s)?|whip\w*|slap\w*|kick\w*|shak(e|es|ing)) (the |her |his |their |my )?(child|children|kid|kids|son|daughter|baby|toddler|him|her|them)|(left|leaves|leaving) (the |her |his |their )?(kids?|children|baby|toddler) alone|(kids?|children|child|baby|toddler) (are|is|were|was|being|get|gets|have been|has been) (left )?alone|alone for (\w+ )?(days|hours|nights?|the weekend)|no food|(haven'?t|hasn'?t|not) (eaten|been fed)|not (feeding|fed|being fed)|(nobody|no one|no-one) (is )?(feed\w*|watch\w*)|bruis\w*|welts?|marks on (his|her|their)|with a belt|locked (him|her|them) (in|out))\b/i,
  ],
];

/** Phrases that only sound alarming: removed before matching so they cannot trigger triage. */
const LOOKALIKES = [
  /\b(killed|killing|kill) it\b/gi,
  /\bkill(ing)? time\b/gi,
  /\b(dying|die) to (know|see|meet|try|hear|go)\b/gi,
  /\bto die for\b/gi,
  /\bdead ?line\w*/gi,
  /\bdrop[- ]dead\b/gi,
  /\b(shoot|shot) (me |you |them )?(an? )?(email|e-mail|message|text|note|dm|line)\b/gi,
  /\bshot (at|of) (it|coffee|espresso)\b/gi,
  /\boverdos(e|ed|ing) on (coffee|caffeine|sugar|chocolate|pizza|netflix)\b/gi,
  /\bcutting (costs?|corners|class|back|hair|coupons|it close)\b/gi,
  /\b(my|the) (phone|battery|laptop|car|printer) (died|is dead|is dying)\b/gi,
  /\bknocked it out of the park\b/gi,
  /\bsubstance abuse\b/gi,
  /\b(killing|kills) me\b/gi,
  /\b(is|was) a killer\b/gi,
  /\bcrushing it\b/gi,
  /\b(budget|program|funding|staff|hours) cuts?\b/gi,
  /\bcuts? (the|our|my) (budget|hours|funding|program)\b/gi,
];

/**
 * Knowledge questions about training, competencies or rules name these topics without anyone being at risk
 * ("is suicide prevention part of the training?"): they go to the knowledge base, which covers them.
 */
const TOPIC_QUESTION =
  /\b(prevention|awareness|know about|learn about|risk factors|training|trainings|competenc\w*|curriculum|course|class|standard|standards|topic|module|certification|learn about|taught|covered|cover|include|includes)\b/i;
const SITUATION = /\b(told me|says?|said|wants?|keeps?|threaten\w*|right now|tonight|found|saw|noticed|scared|worried|afraid|i think)\b/i;

// Violence between adults is checked before child abuse: "her husband hits her" is about her, not a child.
/** The kind of risk the message reads as, or null. Errs towards crisis: a false alarm costs a paragraph, a miss costs more. */
export function triageCrisis(message: string): CrisisKind | null {
  let text = message;
  for (const lookalike of LOOKALIKES) text = text.replace(lookalike, " ");
  const hit = RISK.find(([, pattern]) => pattern.test(text));
  if (!hit) return null;
  if (TOPIC_QUESTION.test(text) && !SITUATION.test(text)) return null;
  return hit[0];
}
