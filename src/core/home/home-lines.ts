import { describeStatus } from "../hours/describe-requirement.js";
import { formatMinutes } from "../hours/minutes.js";
import { formatHoursAmount, progressBar, requirementBar } from "../hours/progress-bar.js";
import type { CeuProgress, SupervisionRatioProgress } from "../hours/partner-progress.js";
import type { RequirementProgress } from "../hours/requirement-progress.js";

/** `*Supervised work* ▰▰▰▰▱▱▱▱▱▱ 412 of 1,000 h: in progress`. */
export function requirementLine(p: RequirementProgress): string {
  if (p.status === "needs-date") return `${p.requirement.label}: needs your certification date (Set profile)`;
  const pending = p.pendingMinutes ? `, ${formatHoursAmount(p.pendingMinutes)} awaiting confirmation` : "";
  return `${p.requirement.label}: ${requirementBar(p)}: ${describeStatus(p.status)}${pending}`;
}

/** The ratio now (work hours per supervision hour) against the one required. */
export function ratioLine(r: SupervisionRatioProgress): string {
  const now = r.supervisionMinutes > 0 ? `1 h supervision per ${formatHoursAmount(r.workMinutes * (60 / r.supervisionMinutes)).replace(/ h$/, "")} h work` : "no confirmed supervision yet";
  const verdict = r.inRatio ? "in ratio" : `log ${formatMinutes(r.shortfallMinutes)} more supervision to be back in ratio`;
  return `Now ${now}; required at least 1 per ${r.workHoursPerSupervisionHour} h: ${verdict}`;
}

/** `2027-03-01, 98 days left: ▰▰▰▱▱▱▱▱▱▱ 6 of 20 h`. */
export function ceuLine(ceu: CeuProgress): string {
  const days = ceu.daysLeft === undefined ? "" : ceu.daysLeft < 0 ? `, ${-ceu.daysLeft} days past` : ceu.daysLeft === 1 ? ", 1 day left" : `, ${ceu.daysLeft} days left`;
  const bar = `${progressBar(ceu.doneMinutes, ceu.requiredMinutes)} ${formatHoursAmount(ceu.doneMinutes).replace(/ h$/, "")} of ${formatHoursAmount(ceu.requiredMinutes)}`;
  const ethics = ceu.ethicsRequiredMinutes ? `, ethics ${formatHoursAmount(ceu.ethicsDoneMinutes ?? 0).replace(/ h$/, "")} of ${formatHoursAmount(ceu.ethicsRequiredMinutes)}` : "";
  return `${ceu.deadline ?? "No deadline yet"}${days}: ${bar}${ethics}${ceu.met ? ": done" : ""}`;
}
