import type { StateRegistryData } from "./state-registry-schema.js";
import { NON_STATE_JURISDICTIONS } from "./state-registry-schema.js";

/** The states a network serves, their documents and tracks: every list of states in the code is read from here. */
export interface StateRegistry {
  /** State codes in the registry's order, e.g. MT, CA, NC. */
  readonly codes: readonly string[];
  /** Every jurisdiction an entry may carry: the states, then national and general. */
  readonly jurisdictions: readonly string[];
  readonly documentIds: readonly string[];
  readonly trackIds: readonly string[];
  isState(code: string): boolean;
  /** "Montana" for MT; undefined for national and general. */
  stateName(code: string): string | undefined;
  /** The registered state of a credential track ("national" for a national credential). */
  trackState(trackId: string): string | undefined;
  /** The first state (in registry order) a question names, by any of its mentions. */
  namedIn(text: string): string | undefined;
}

export function createStateRegistry(data: StateRegistryData): StateRegistry {
  const byCode = new Map(data.states.map((s) => [s.code, s]));
  const tracks = new Map(data.tracks.map((t) => [t.id, t.state]));
  const patterns = data.states.map((s) => ({ code: s.code, pattern: new RegExp(`\\b(${s.mentions.map(escapeRegExp).join("|")})\\b`, "i") }));
  return {
    codes: data.states.map((s) => s.code),
    jurisdictions: [...data.states.map((s) => s.code), ...NON_STATE_JURISDICTIONS],
    documentIds: data.documents.map((d) => d.id),
    trackIds: data.tracks.map((t) => t.id),
    isState: (code) => byCode.has(code),
    stateName: (code) => byCode.get(code)?.name,
    trackState: (id) => tracks.get(id),
    namedIn: (text) => patterns.find((p) => p.pattern.test(text))?.code,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
