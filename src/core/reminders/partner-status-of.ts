import type { PartnerProgress } from "../hours/partner-progress.js";
import type { PartnerStatus } from "./partner-status.js";

/** What reminders need from a partner's progress: a CEU deadline to count down to, and the supervision ratio. */
export function partnerStatusOf(progress: PartnerProgress): PartnerStatus {
  const { ceu, supervisionRatio } = progress;
  return {
    userKey: progress.userKey,
    ...(ceu?.deadline
      ? {
          ceu: {
            renewalDate: ceu.deadline,
            doneMinutes: ceu.doneMinutes,
            requiredMinutes: ceu.requiredMinutes,
            ethicsDoneMinutes: ceu.ethicsDoneMinutes ?? 0,
            ethicsRequiredMinutes: ceu.ethicsRequiredMinutes ?? 0,
          },
        }
      : {}),
    ...(supervisionRatio ? { supervision: { inRatio: supervisionRatio.inRatio, shortfallMinutes: supervisionRatio.shortfallMinutes } } : {}),
  };
}
