import { channelLabel } from "../reminders/parse-channel-mention.js";

const PLATFORM_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord", console: "console" };

/**
 * A channel key as the reader sees it: a clickable link on their own platform, and "Discord channel 8035…" for a
 * channel on another platform, whose link would not work where they read it.
 */
export function describeChannel(channelKey: string, readerPlatform: string): string {
  const platform = channelKey.slice(0, channelKey.indexOf(":"));
  if (platform === readerPlatform || platform === "console") return channelLabel(channelKey);
  return `${PLATFORM_NAMES[platform] ?? platform} channel ${channelKey.slice(platform.length + 1)}`;
}
