import type { AnswerReply } from "../reply.js";
import { citationOf } from "./compose-answer.js";
import type { CrisisKind } from "./crisis-triage.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import type { Jurisdiction } from "./knowledge-entry.js";

// The rules every crisis answer rests on: reporting imminent harm and reporting abuse (MT toolkit, ARM 24.219.2301 (4)(a)).
const IMMINENT_HARM_RULE = "mt-report-imminent-harm";
const ABUSE_REPORTING_RULE = "mt-mandatory-reporting-abuse";

const GUIDANCE = [
  "If anyone is in immediate danger, call 911 now.",
  "For thoughts of suicide, self-harm or a mental-health or substance crisis, call or text 988 (the Suicide & Crisis Lifeline), any time, day or night.",
  "Tell your supervisor right away, today, and follow your agency's crisis protocol.",
  "You are a mandatory reporter: report suspected abuse or neglect of a child, and any risk of imminent harm to self or others, to the proper authorities (child protective services or law enforcement) and to your supervisor. Share only the minimum information needed.",
];

const OPENING: Record<CrisisKind, string> = {
  suicide: "This sounds like someone may be thinking about suicide. Safety comes first:",
  self_harm: "This sounds like someone may be hurting themselves. Safety comes first:",
  overdose: "This sounds like a possible overdose. Safety comes first:",
  child_abuse: "This sounds like someone may be being abused or neglected. Safety comes first:",
  violence: "This sounds like someone may be in danger of violence. Safety comes first:",
  emergency: "This sounds like a medical emergency. Safety comes first:",
};

/** The one line that leads a normal answer when triage saw a weaker sign of risk (assessRisk's `caution`). */
export const SAFETY_LINE =
  "Safety first: if anyone may be in danger, call 911; for thoughts of suicide or a mental-health crisis, call or text 988; tell your supervisor, and remember you are a mandatory reporter.";

export function withSafetyLine(reply: AnswerReply): AnswerReply {
  const answer = `${SAFETY_LINE}\n\n${reply.answer}`;
  return { ...reply, answer, text: answer };
}

/** The crisis reply: guidance first, then the reporting rules it rests on (the asker's state's too, when there is one). */
export function crisisAnswer(kind: CrisisKind, knowledge: KnowledgeBase, state?: Jurisdiction): AnswerReply {
  const general = kind === "child_abuse" ? [ABUSE_REPORTING_RULE, IMMINENT_HARM_RULE] : [IMMINENT_HARM_RULE, ABUSE_REPORTING_RULE];
  // The asker's own state's reporting rule leads when the knowledge base has one; Montana's code follows.
  const ownState = knowledge.entries().filter((e) => e.topic === "mandatory-reporting" && e.jurisdiction === state && !general.includes(e.id));
  const rules = [...ownState, ...general.map((id) => knowledge.get(id))].filter((e) => e !== undefined);
  const answer = [
    OPENING[kind],
    ...GUIDANCE.map((line) => `- ${line}`),
    ...rules.slice(0, 1).map((rule) => `The rule: ${rule.rule} (Source: ${rule.source}, ${rule.section}.)`),
  ].join("\n");
  return {
    kind: "answer",
    verdict: "crisis",
    answer,
    text: answer,
    citations: rules.map(citationOf),
    related: [],
    ephemeral: true,
  };
}
