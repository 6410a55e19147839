import { calendarDateIn, daysBetween } from "./calendar-date.js";
import { evaluateRequirements } from "./evaluate-requirements.js";
import type { HoursFacts } from "./hours-facts.js";
import type { HoursServices } from "./hours-services.js";
import type { KindTotals } from "./kind-totals.js";
import type { CeuProgress, PartnerProgress, SupervisionRatioProgress } from "./partner-progress.js";
import { renewalCycleContaining } from "./renewal-cycle.js";
import type { RequirementProgress } from "./requirement-progress.js";

/**
 * A partner's progress on their credential track as of `now` (in the network's time zone): every requirement, plus the
 * CEU and supervision-ratio standing that reminders act on. Reads the repositories; the arithmetic is pure. `allTime`,
 * when the caller already has it (a write returns it), saves reading the totals again.
 */
export async function computePartnerProgress(services: HoursServices, userKey: string, now: Date, allTimeKnown?: KindTotals): Promise<PartnerProgress> {
  const today = calendarDateIn(now, services.timeZone);
  const profile = await services.profiles.get(userKey);
  const track = profile?.credentialTrack ? services.credentials.get(profile.credentialTrack) : undefined;
  const cycle =
    track?.cycleMonths && profile?.certificationDate ? renewalCycleContaining(today, profile.certificationDate, track.cycleMonths) : undefined;
  const needs = new Set(track?.requirements.map((r) => r.type));
  const [allTime, cycleTotals, trainingNotes, firstSupervisionDate] = await Promise.all([
    allTimeKnown ?? services.entries.totals(userKey),
    cycle ? services.entries.totals(userKey, { from: cycle.start, to: cycle.lastDay }) : undefined,
    needs.has("courses") || needs.has("electives") ? services.entries.trainingNotes(userKey) : [],
    needs.has("supervised-period") ? services.entries.firstDate(userKey, "supervision") : undefined,
  ]);
  const facts: HoursFacts = {
    today,
    allTime,
    trainingNotes,
    ...(cycle && cycleTotals ? { cycle: { range: cycle, totals: cycleTotals } } : {}),
    ...(firstSupervisionDate ? { firstSupervisionDate } : {}),
  };
  const requirements = track ? evaluateRequirements(track, facts) : [];
  const ceu = ceuProgress(requirements, today);
  const supervisionRatio = ratioProgress(requirements, facts);
  return {
    userKey,
    today,
    allTime,
    requirements,
    ...(profile ? { profile } : {}),
    ...(track ? { track } : {}),
    ...(cycle ? { cycle } : {}),
    ...(ceu ? { ceu } : {}),
    ...(supervisionRatio ? { supervisionRatio } : {}),
  };
}

function ceuProgress(requirements: RequirementProgress[], today: string): CeuProgress | undefined {
  const hours = requirements.filter((p) => p.requirement.type === "hours" && p.status !== "needs-date");
  const ceu = hours.find((p) => p.requirement.type === "hours" && p.requirement.kinds.includes("ceu"));
  if (!ceu) return undefined;
  const ethics = hours.find((p) => p.requirement.type === "hours" && p.requirement.kinds.length === 1 && p.requirement.kinds[0] === "ethics");
  const met = ceu.remaining === 0 && (!ethics || ethics.remaining === 0);
  return {
    doneMinutes: ceu.done,
    requiredMinutes: ceu.required,
    met,
    ...(ethics ? { ethicsDoneMinutes: ethics.done, ethicsRequiredMinutes: ethics.required } : {}),
    ...(ceu.deadline ? { deadline: ceu.deadline, daysLeft: daysBetween(today, ceu.deadline) } : {}),
  };
}

function ratioProgress(requirements: RequirementProgress[], facts: HoursFacts): SupervisionRatioProgress | undefined {
  const ratio = requirements.find((p) => p.requirement.type === "supervision-ratio" && p.status !== "needs-date");
  if (!ratio || ratio.requirement.type !== "supervision-ratio") return undefined;
  const totals = ratio.requirement.window === "cycle" ? facts.cycle!.totals : facts.allTime;
  return {
    workHoursPerSupervisionHour: ratio.requirement.workHoursPerSupervisionHour,
    workMinutes: totals.work,
    supervisionMinutes: totals.supervision,
    pendingMinutes: totals.pendingSupervision,
    requiredMinutes: ratio.required,
    shortfallMinutes: ratio.remaining,
    inRatio: ratio.status !== "below-ratio",
  };
}
