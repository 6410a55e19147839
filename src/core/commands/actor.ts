export type Platform = "console" | "slack" | "discord";

/** Who is speaking. `key` (`platform:id`) is how people are stored and how ADMINS names them. */
export interface Actor {
  platform: Platform;
  id: string;
  displayName?: string;
  key: string;
}

export function actorOf(platform: Platform, id: string, displayName?: string): Actor {
  return { platform, id, key: `${platform}:${id}`, ...(displayName ? { displayName } : {}) };
}
