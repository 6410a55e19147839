import type { CredentialCatalog } from "./credential-catalog.js";
import type { HoursRepository } from "./hours-repository.js";
import type { ProfileRepository } from "./profile-repository.js";
import type { StateRegistry } from "../states/state-registry.js";

/** What the hours commands and the progress arithmetic are built from (wired in main.ts). */
export interface HoursServices {
  entries: HoursRepository;
  profiles: ProfileRepository;
  credentials: CredentialCatalog;
  /** The states a profile may name (states.json). */
  states: StateRegistry;
  /** IANA zone whose calendar decides "today" and rejects future dates (NETWORK_TIME_ZONE). */
  timeZone: string;
}
