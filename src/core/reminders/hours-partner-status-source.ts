import { computePartnerProgress } from "../hours/compute-partner-progress.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { PartnerStatusSource } from "./partner-status.js";
import { partnerStatusOf } from "./partner-status-of.js";

/** Partner statuses from the hours log: every partner with a profile, through the hours engine's own progress function. */
export function createHoursPartnerStatusSource(services: HoursServices): PartnerStatusSource {
  return {
    async partners(now) {
      const profiles = await services.profiles.list();
      const progress = await Promise.all(profiles.map((p) => computePartnerProgress(services, p.userKey, now)));
      return progress.map(partnerStatusOf);
    },
  };
}
