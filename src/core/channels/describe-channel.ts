import type { ChannelNames } from "./channel-names.js";

const PLATFORM_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord", console: "console" };

/**
 * A channel key in plain words, the same on every platform (a link is platform syntax, which the adapters escape):
 * `#network on Slack` when CHANNELS names it, `Discord channel 8035…` when not, `#network` on the console.
 */
export function describeChannel(channelKey: string, names: ChannelNames): string {
  const platform = channelKey.slice(0, channelKey.indexOf(":"));
  const id = channelKey.slice(platform.length + 1);
  if (platform === "console") return id;
  const name = Object.entries(names).find(([, keys]) => keys.includes(channelKey))?.[0];
  return name ? `#${name} on ${PLATFORM_NAMES[platform] ?? platform}` : `${PLATFORM_NAMES[platform] ?? platform} channel ${id}`;
}
