/** A person's key as the reader sees it: a mention on their own platform, the console name, else the platform and id. */
export function describeUser(userKey: string, readerPlatform: string): string {
  const platform = userKey.slice(0, userKey.indexOf(":"));
  const id = userKey.slice(platform.length + 1);
  if (platform === "console") return id;
  if (platform === readerPlatform) return `<@${id}>`;
  return `${platform === "slack" ? "Slack" : "Discord"} user ${id}`;
}
