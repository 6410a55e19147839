/**
 * A person or a channel as a value, never as platform syntax. `platform` is the name of the adapter that knows them
 * (opaque to the core); `name` is what to call them where the platform cannot show a link (e.g. from CHANNELS).
 */
export interface Reference {
  kind: "user" | "channel";
  platform: string;
  id: string;
  name?: string;
}

/** The stored key (`slack:U024BE7LH`, `console:#network`): how people and channels are kept and routed. */
export const referenceKey = (ref: Reference): string => `${ref.platform}:${ref.id}`;

/** The reference a stored key stands for; a key without a platform prefix names nobody, so it is an empty platform. */
export function referenceOfKey(kind: Reference["kind"], key: string, name?: string): Reference {
  const colon = key.indexOf(":");
  return { kind, platform: colon > 0 ? key.slice(0, colon) : "", id: key.slice(colon + 1), ...(name ? { name } : {}) };
}
