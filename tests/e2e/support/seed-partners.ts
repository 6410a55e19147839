import type { Services } from "../../../src/services/create-services.js";

/** `count` partners of one platform, each on a track with a week of work and an hour of supervision logged. */
export async function seedPartners(services: Services, keyOf: (i: number) => string, count: number, at: Date): Promise<string[]> {
  const keys = Array.from({ length: count }, (_, i) => keyOf(i));
  for (const userKey of keys) {
    await services.hours.profiles.save({ userKey, state: "MT", credentialTrack: "mt-candidate" }, at);
    await services.hours.entries.add({ userKey, kind: "work", minutes: 600, date: "2026-11-20" }, { by: userKey, at }, { maxDayMinutes: 1440 });
    await services.hours.entries.add({ userKey, kind: "ceu", minutes: 90, date: "2026-11-21", note: "Ethics refresher" }, { by: userKey, at }, { maxDayMinutes: 1440 });
  }
  return keys;
}
