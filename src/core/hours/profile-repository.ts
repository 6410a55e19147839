import type { PartnerProfile } from "./partner-profile.js";

/** Partner profiles. `get(userKey)?.state` is how /ask prefers the partner's state. */
export interface ProfileRepository {
  get(userKey: string): Promise<PartnerProfile | undefined>;
  save(profile: PartnerProfile, at: Date): Promise<void>;
  list(): Promise<PartnerProfile[]>;
  /** Partners whose profile names this supervisor. */
  superviseesOf(supervisorKey: string): Promise<string[]>;
}
