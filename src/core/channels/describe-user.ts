const PLATFORM_NAMES: Record<string, string> = { slack: "Slack", discord: "Discord" };

/** A person's key in plain words (a mention is platform syntax, which the adapters escape): `Slack user U024BE7LH`, the console name. */
export function describeUser(userKey: string): string {
  const platform = userKey.slice(0, userKey.indexOf(":"));
  const id = userKey.slice(platform.length + 1);
  return platform === "console" ? id : `${PLATFORM_NAMES[platform] ?? platform} user ${id}`;
}
