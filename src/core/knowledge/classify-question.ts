import type { State } from "../states.js";
import { CHECK_BACK } from "./question-parts.js";
import type { StateRegistry } from "../states/state-registry.js";

export interface QuestionShape {
  /** "Can I / am I allowed / is it ok to ..." asks for a verdict, not a fact. */
  asksPermission: boolean;
  /** The asker (or the person they speak of) asks whether they may do something: "can I take the exam now?". */
  asksOwnPermission: boolean;
  /** "What should I do if ...?": the situation is told in the ask, and the rule on it answers. */
  asksWhatToDo: boolean;
  /** "How many / what do I need / is ... required" asks what a credential requires. */
  asksRequirement: boolean;
  /** "Does she qualify?", "Would I meet the age requirement?": whether a requirement is met, which a story's facts settle. */
  asksWhetherMet: boolean;
  /** The ask is answered yes or no: "Can that work be billed?", "Is there any help?", "Does it carry over?". */
  asksYesOrNo: boolean;
  /** "Is that part of my role?", "Does that count as parenting?": whether something falls within what the role or a definition takes in. */
  asksWithinRole: boolean;
  /** A state the question names itself ("in Montana"), which beats the asker's profile. */
  namedState?: State;
}

// Asking whether something is part of the role is asking whether it is within the scope of practice, in any words:
// "within my role", "part of a Montana family peer supporter's job", "part of what a PPSS does", "something family
// partners do", "does that count as parenting experience?", "falls within".
const WITHIN_ROLE = new RegExp(
  String.raw`\b(within|outside|beyond|part of) (my|our|the|a|an|their|her|his)\b[^?.]{0,50}\b(role|job|lane|duties|wheelhouse|scope)\b|\bpart of (my|our|the|a|their|her|his) (\w+ )?work\b|\bin (my|our|the) scope\b|\b(my|our) (job|role) to\b|\bpart of what\b|\b(is|are) (that|this|it) something (\w+ ){0,3}(do|does)\b|\bsomething (i|we) (can|could|may|should)\b|\b(does|do|would|will) (that|this|it) count as\b` +
    String.raw`|\b(fall|falls|come|comes|count|counts) (within|under|outside)\b`,
  "i",
);

// In a yes-or-no question, whether something is done by the role or counts towards a requirement, whatever the subject:
// "Is sitting on a county board something parent partners do?", "Does raising my nephew count as parenting?".
// So is whether someone can be one, or a definition takes them in: "Can a youth who got services be a family partner?",
// "Does the definition include someone like me?".
const WITHIN_ROLE_YES_OR_NO = new RegExp(
  `${WITHIN_ROLE.source}|\\bsomething (\\w+ ){0,3}(do|does)\\b|\\bcounts? (as|toward|towards)\\b|^(can|could) (a|an|someone|somebody|anyone|people|youth|young)\\b([^?.]{0,50})\\bbe (a|an|one)\\b|\\b(definition|description)\\b[^?.]{0,40}\\b(include|includes|cover|covers)\\b`,
  "i",
);

const PERMISSION = new RegExp(
  [
    String.raw`^(so |but |and |also |hey,? |hi,? |quick question:? |[^?.]{0,60}, )?(can|could|may|might|should|shall) (i|we|a|an|the|my|parent|parents|family|families|peer|peers|you|she|he|they)\b`,
    String.raw`\b(am i|are we|is a \w+( \w+)? ) ?(allowed|permitted|able|supposed) to\b`,
    String.raw`\bis (it|that|this) (ever |really |always |still |even |generally |usually )?(ok|okay|alright|all right|fine|acceptable|appropriate|allowed|against|a problem|wrong|ethical|legal)\b`,
    String.raw`\b(would|will) (it|that) be (ok|okay|alright|fine|appropriate|a problem)\b`,
    String.raw`\bdo i (have|need) permission\b`,
    String.raw`\bam i (ok|okay|alright) to\b`,
    String.raw`\b(is|are) \w+ing\b.*\b(allowed|ok|okay|permitted)\b`,
    String.raw`\b(can|may) (i|we) (still|ever|also|even)?\b`,
    // Asking what to say or whether one must do something is asking where the limits are.
    String.raw`\bwhat (do|should|can|would) (i|we) (tell|say|advise|suggest|recommend)\b`,
    String.raw`\bshould (i|we) (tell|say|advise|suggest|recommend|accept|refuse|report|share)\b`,
    String.raw`\bdo (i|we) have to (turn down|refuse|decline|give back|return|accept|tell|share|disclose|report)\b`,
    // Whoever the subject is ("can ppss sit on ...", "can anyone at my agency read ..."), a modal before an act asks
    // whether it may be done; "can you tell me", "may be", "can there be" do not.
    String.raw`(^|[,;:]\s*|\b(and|but|so|or|also|then|if|wondering|idk|know)\s+)(can|could|may|should)\s+(?!you\s+(tell|explain|help|give|show|list)|be\b|there\b|it\b|that\b)\w+\s+\w+`,
    WITHIN_ROLE.source,
    // Whether something suffices is whether the rule is met: "is she old enough?", "is telling them verbally enough?".
    String.raw`\b(is|are|am|was|would)\b[^?.]{0,40}\benough\b`,
    CHECK_BACK.source,
    // Asking whether something is within the rules, in any words.
    String.raw`\b(allowed|permitted|legit|ethical|unethical|appropriate|inappropriate|acceptable|unacceptable|against (the )?(rules|code|policy)|(ok|okay|alright|fine|cool) (to|if)|cross(ing)? (a|the) line|boundary (issue|problem)|conflict of interest)\b`,
  ].join("|"),
  "i",
);

// Asking what to say, or what to do when something happens, is asking where the limits are, though it starts with "what".
const SAYING_WHAT = /\bwhat (do|should|can|would) (i|we) (tell|say|advise|suggest|recommend)\b/i;
// Only where the ask itself tells what happens ("if ...", "when ..."): a bare "What should I do?" after a story may
// ask for steps (wrapping up before a move), which a rule's verdict does not answer.
const WHAT_TO_DO = /\b(what (should|do|can|must|would) (i|we) do|what (am i|are we) (supposed|meant) to do|how (should|do) (i|we) handle it) (if|when)\b/i;
// "How soon can I retake it?", "where can I find ...", "who else am I supposed to tell?": a question of when, where,
// how or what, not of whether.
const WH_QUESTION = /(^|[.?!,;:(]\s*)(how|where|when|which|who|why|what)\b(\s+\w+){0,3}\s+(can|could|may|should|do|does)\s+(i|we|you)\b|(^|[.?!,;:(]\s*)(what|who|whom|which|when|where|how)\b(\s+\w+){0,4}\s+(am i|are we|is she|is he|are they)\s+(supposed|meant|expected|required) to\b|(^|[.?!,;:(]\s*)(\w+\s+){0,3}(who|which \w+)\s+(is|are)\s+(allowed|permitted|able|entitled) to\b/i;
// "Is that something I can help with?" asks leave as "can I help with that?" does.
const OWN_PERMISSION = /\b(can|could|may|should)\s+(i|we|she|he|they)\b|\b(something|anything)\s+(i|we)\s+(can|could|may)\b|\b(am i|are we|is she|is he)\s+(allowed|permitted|able|eligible|old enough)\b|\b(ok|okay|alright|fine)\s+(for me\s+)?to\b/i;

// "Is that what's recommended?", "Am I ready?", "Is it too late?", "Does she meet what the guidance asks?": whether
// a requirement is met, in the words people use.
const REQUIREMENT =
  /\b(need|needs|needed|require[sd]?|requirements?|have to|has to|must|how (many|old)|minimum|qualif\w*|eligib\w*|to (become|get|keep|maintain|renew)|recommend(s|ed)?|ready|too late|(meet|meets|fit|fits) (what|the|all|those|that))\b/i;

// A yes-or-no question: it opens with an auxiliary, after a filler word or two ("So would she ...", "Honestly, does ...").
const YES_OR_NO = /^((so|and|but|also|ok|okay|honestly|then|well|hey|hi|now|just|like|wait),?\s+){0,2}(does|do|did|would|will|is|are|am|can|could|has|have)\b/i;

// "Does the toolkit say anything about caseloads?" is yes-or-no in form only: it asks what the document says.
const ASKS_WHAT_IT_SAYS = /\b(say|says|said|mention|mentions|cover|covers|talk about|talks about|anything (about|on))\b/i;

/** Whether text names a requirement: "she wants to become one", "do I qualify", "how many hours". */
export function namesRequirement(text: string): boolean {
  return REQUIREMENT.test(text);
}

/**
 * `states` says how a question names each state (states.json `mentions`). `ask` is the part that asks (see
 * splitQuestion): what kind of question it is shows there, while the state may be named anywhere in the story.
 */
export function classifyQuestion(question: string, states: Pick<StateRegistry, "namedIn">, ask = question): QuestionShape {
  const named = states.namedIn(question.trim().replace(/\s+/g, " "));
  const text = ask.trim().replace(/\s+/g, " ");
  const asksWhatToDo = WHAT_TO_DO.test(text);
  const whQuestion = WH_QUESTION.test(text) && !SAYING_WHAT.test(text) && !asksWhatToDo;
  const asksPermission = (PERMISSION.test(text) || asksWhatToDo) && !whQuestion;
  const asksRequirement = REQUIREMENT.test(text);
  const yesOrNo = YES_OR_NO.test(text);
  return {
    asksPermission,
    asksWhatToDo,
    asksOwnPermission: asksPermission && OWN_PERMISSION.test(text),
    asksRequirement,
    asksWhetherMet: asksRequirement && yesOrNo,
    asksYesOrNo: !whQuestion && yesOrNo && !ASKS_WHAT_IT_SAYS.test(text),
    asksWithinRole: !whQuestion && yesOrNo && WITHIN_ROLE_YES_OR_NO.test(text),
    ...(named ? { namedState: named } : {}),
  };
}
