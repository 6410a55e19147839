import type { PartnerProfile } from "../../core/hours/partner-profile.js";
import type { ProfileRepository } from "../../core/hours/profile-repository.js";

/** Partner profiles in memory (unit tests, contract reference). */
export function createMemoryProfileRepository(): ProfileRepository {
  const profiles = new Map<string, PartnerProfile>();
  const sorted = () => [...profiles.values()].sort((a, b) => a.userKey.localeCompare(b.userKey));
  return {
    async get(userKey) {
      const profile = profiles.get(userKey);
      return profile && structuredClone(profile);
    },
    async save(profile) {
      const kept = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as unknown as PartnerProfile;
      profiles.set(profile.userKey, structuredClone(kept));
    },
    async list() {
      return sorted().map((p) => structuredClone(p));
    },
    async superviseesOf(supervisorKey) {
      return sorted().filter((p) => p.supervisorKey === supervisorKey).map((p) => p.userKey);
    },
  };
}
