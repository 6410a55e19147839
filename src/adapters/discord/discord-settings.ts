/** The Discord part of the configuration, as the adapter needs it. */
export interface DiscordSettings {
  token: string;
  /** Another API base (a loopback fake in tests); discord.js appends `/v10/...`. */
  apiUrl?: string;
}
