import { formatMinutes } from "./minutes.js";
import type { RequirementProgress, RequirementStatus } from "./requirement-progress.js";

const STATUS_WORDS: Record<RequirementStatus, string> = {
  met: "met",
  "awaiting-confirmation": "met once your supervisor confirms",
  "in-progress": "in progress",
  "below-ratio": "below ratio",
  "needs-date": "needs your certification date",
};

export function describeStatus(status: RequirementStatus): string {
  return STATUS_WORDS[status];
}

/** One line per requirement: done of required, what remains, status and where the rule comes from. */
export function describeRequirement(p: RequirementProgress): string {
  const r = p.requirement;
  const cite = `(${r.source}, ${r.section})`;
  if (p.status === "needs-date") return `${r.label}: needs your certification date, e.g. /profile certified 2026-03-01 ${cite}`;
  const amount = (n: number) => (p.unit === "minutes" ? formatMinutes(n) : p.unit === "days" ? `${n} days` : `${n}`);
  let progress = `${amount(p.done)} of ${amount(p.required)}`;
  if (r.type === "supervision-ratio") progress = `${formatMinutes(p.done)} of supervision, ${formatMinutes(p.required)} needed for the work logged`;
  const remaining = p.remaining > 0 ? `, ${amount(p.remaining)} to go` : "";
  const missing = p.missing?.length ? ` (still to take: ${p.missing.join(", ")})` : "";
  const pending = p.pendingMinutes ? `, ${formatMinutes(p.pendingMinutes)} pending confirmation` : "";
  const deadline = p.deadline && r.type !== "supervised-period" ? `, due by ${p.deadline}` : p.deadline && p.remaining > 0 ? `, on ${p.deadline}` : "";
  return `${r.label}: ${progress}${remaining}${missing}${pending}${deadline}: ${describeStatus(p.status)} ${cite}`;
}
