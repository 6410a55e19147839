/** CHANNELS as data: a name without `#`, lowercased -> the platform channel keys it reaches (`slack:C1`, `discord:2`). */
export type ChannelNames = Readonly<Record<string, readonly string[]>>;
