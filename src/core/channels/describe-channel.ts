import { referenceText } from "../references/reference-text.js";
import { referenceOfKey } from "../references/reference.js";
import type { ChannelNames } from "./channel-names.js";

/**
 * A channel key as a reference in reply text, carrying its CHANNELS name: each adapter renders it, a link on its
 * own platform and the name (e.g. `#network on Discord`) for another platform's channel.
 */
export function describeChannel(channelKey: string, names: ChannelNames = {}): string {
  const name = Object.entries(names).find(([, keys]) => keys.includes(channelKey))?.[0];
  return referenceText(referenceOfKey("channel", channelKey, name));
}
