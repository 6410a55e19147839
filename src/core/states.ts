/** The states whose networks Porchlight serves: profiles, config, knowledge jurisdictions and answers all use this list. */
export const STATES = ["MT", "CA", "NC"] as const;
export type State = (typeof STATES)[number];

const STATE_NAMES: Record<State, string> = { MT: "Montana", CA: "California", NC: "North Carolina" };

export function isState(value: string): value is State {
  return (STATES as readonly string[]).includes(value);
}

/** "Montana" for MT; undefined for national and general jurisdictions. */
export function stateName(value: string): string | undefined {
  return isState(value) ? STATE_NAMES[value] : undefined;
}
