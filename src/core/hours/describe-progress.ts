import type { ReplySection } from "../reply.js";
import { describeRequirement } from "./describe-requirement.js";
import { formatMinutes } from "./minutes.js";
import type { PartnerProgress } from "./partner-progress.js";

/** The credential part of a summary: each requirement, the supervision ratio now, the CEU deadline. */
export function describeProgress(progress: PartnerProgress): ReplySection[] {
  if (!progress.track) {
    return [{ title: "Credential", lines: ["No credential track set: choose one with /profile track mt-candidate (see /profile tracks)."] }];
  }
  const sections: ReplySection[] = [{ title: progress.track.name, lines: progress.requirements.map(describeRequirement) }];
  const ratio = progress.supervisionRatio;
  if (ratio) {
    const now = `${formatMinutes(ratio.supervisionMinutes)} supervision for ${formatMinutes(ratio.workMinutes)} work (1 per ${ratio.workHoursPerSupervisionHour} needs ${formatMinutes(ratio.requiredMinutes)})`;
    const verdict = ratio.inRatio
      ? "in ratio"
      : `log ${formatMinutes(ratio.shortfallMinutes)} more supervision to be back in ratio`;
    sections.push({ title: "Supervision ratio", lines: [`${now}: ${verdict}`] });
  }
  const ceu = progress.ceu;
  if (ceu?.deadline !== undefined) {
    const ethics = ceu.ethicsRequiredMinutes ? `, ethics ${formatMinutes(ceu.ethicsDoneMinutes ?? 0)} of ${formatMinutes(ceu.ethicsRequiredMinutes)}` : "";
    const days = ceu.daysLeft === 1 ? "1 day left" : `${ceu.daysLeft} days left`;
    sections.push({
      title: "CEU deadline",
      lines: [`${ceu.deadline} (${days}): ${formatMinutes(ceu.doneMinutes)} of ${formatMinutes(ceu.requiredMinutes)}${ethics}${ceu.met ? ", done" : ""}`],
    });
  }
  return sections;
}
