/** Slack reads `<...>` as links and mentions and `&` as an entity: core text (e.g. `<hours>` in usage) must be escaped. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
