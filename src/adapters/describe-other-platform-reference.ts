import type { Reference } from "../core/references/reference.js";

/**
 * A person or channel of another platform, which no link here can open, in plain words: `#network on Discord` when
 * it has a name (from CHANNELS or as typed), else `Slack user U024BE7LH`. The platform's name is capitalised as a name.
 */
export function describeOtherPlatformReference(ref: Reference): string {
  const platform = ref.platform.charAt(0).toUpperCase() + ref.platform.slice(1);
  if (ref.name) return `${ref.kind === "channel" ? "#" : "@"}${ref.name.replace(/^[#@]/, "")} on ${platform}`;
  return `${platform} ${ref.kind} ${ref.id}`;
}
