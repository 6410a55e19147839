/**
 * The name of the adapter a person or channel belongs to (`slack`, `discord`, `console`, or one a network registers).
 * The core compares it and stores it as a key prefix; it never interprets it.
 */
export type Platform = string;

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
