export type CrisisKind = "suicide" | "self_harm" | "child_abuse" | "violence" | "overdose";

/**
 * Language that reads as someone at risk. Checked before any search, on the raw text, so a person in danger
 * gets crisis guidance first. Each pattern needs a person and a harm, or a harm word that is never casual.
 */
const RISK: [CrisisKind, RegExp][] = [
  ["suicide", /\b(suicid\w*|kill(s|ing|ed)? (him|her|my|them|your)sel(f|ves)|kill themself|end(s|ing)? (his|her|my|their|it) (own )?li(fe|ves)|end(s|ing)? it all|tak(e|es|ing) (his|her|my|their) (own )?li(fe|ves)|want(s|ed)? to die|wish(es)? (he|she|they|i) (was|were) dead|better off dead|not want(ing)? to (live|be alive)|no reason to live|hang (him|her|my|them)sel(f|ves))\b/i],
  ["self_harm", /\b(self[- ]?harm\w*|cutting (him|her|my|them)sel(f|ves)|cuts (him|her)self|(hurt|hurting|harm|harming|burn|burning) (him|her|my|them)sel(f|ves))\b/i],
  ["overdose", /\b(overdos\w*|od'?d|o\.d\.|took (a bunch of|all (of )?(his|her|their|the)) (pills|meds|medication)|swallowed (pills|a bottle))\b/i],
  ["child_abuse", /\b(abus(e|ed|es|ing|ive)|molest\w*|neglect(ed|ing|s)?|sexual(ly)? (touch\w*|assault\w*)|grooming|(beat|beats|beating|hit|hits|hitting|punch\w*|chok\w*|burn(ed|s)?|whip\w*|slap\w*) (the |her |his |their |my )?(child|children|kid|kids|son|daughter|baby|toddler|him|her|them)|(left|leaves|leaving) (the |her |his |their )?(kids?|children|baby|toddler) alone|(kids?|children|child|baby|toddler) (are|is|were|was|being|get|gets) left alone|not (feeding|fed|being fed)|(nobody|no one|no-one) (is )?(feed\w*|watch\w*)|bruises?|marks on (his|her|their))\b/i],
  ["violence", /\b(going to|gonna|threaten\w*( to)?|wants? to|plans? to) (kill|shoot|stab|hurt|attack) (him|her|them|someone|somebody|me|us|you|his|her|the|a|people|everyone)|\b(has|have|had|with|bought|got) a (gun|knife|weapon)\b|\bdomestic violence\b|\b(hits|hit|beats|beat|chok\w*) (her|his|their|my) (wife|husband|partner|mom|mother|dad|father)\b/i],
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
];

/**
 * Knowledge questions about training, competencies or rules name these topics without anyone being at risk
 * ("is suicide prevention part of the training?"): they go to the knowledge base, which covers them.
 */
const TOPIC_QUESTION =
  /\b(training|trainings|competenc\w*|curriculum|course|class|standard|standards|topic|module|certification|learn about|taught|covered|cover|include|includes)\b/i;
const SITUATION = /\b(told me|says?|said|wants?|keeps?|threaten\w*|right now|tonight|found|saw|noticed|scared|worried|afraid|i think)\b/i;

/** The kind of risk the message reads as, or null. Errs towards crisis: a false alarm costs a paragraph, a miss costs more. */
export function triageCrisis(message: string): CrisisKind | null {
  let text = message;
  for (const lookalike of LOOKALIKES) text = text.replace(lookalike, " ");
  const hit = RISK.find(([, pattern]) => pattern.test(text));
  if (!hit) return null;
  if (TOPIC_QUESTION.test(text) && !SITUATION.test(text)) return null;
  return hit[0];
}
