import type { Actor } from "../commands/actor.js";

/** A value offered while someone types an option: what they see, and what is put in the option. */
export interface OptionSuggestion {
  label: string;
  value: string;
}

/** Suggestions as someone types (Discord autocomplete): platform-neutral, so any adapter with the feature can use it. */
export interface OptionSuggester {
  suggest(command: string, option: string, typed: string, actor: Actor, now: Date): Promise<OptionSuggestion[]>;
}
