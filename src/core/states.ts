import { NON_STATE_JURISDICTIONS } from "./states/state-registry-schema.js";

/** A state's code (MT); which codes exist is the registry's to say (states.json). */
export type State = string;

/** Whether a jurisdiction is a state rather than national or general. Entries' jurisdictions are checked at load. */
export function isState(jurisdiction: string): boolean {
  return !(NON_STATE_JURISDICTIONS as readonly string[]).includes(jurisdiction);
}
