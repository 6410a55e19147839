/** Slack sends `&`, `<` and `>` typed by a person as entities; the core should see what they typed. Mentions (`<@U1|sam>`) stay. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
