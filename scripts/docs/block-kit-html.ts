/**
 * Draws Block Kit blocks as an HTML page styled after Slack's Home tab, for the picture in docs/adapters.md.
 * It covers the blocks Porchlight sends (header, section, context, divider, actions with buttons) and the mrkdwn
 * they use (bold, italic, code, mentions, channel links, line breaks); anything else shows as its type, so a new
 * block kind is seen in the picture rather than silently dropped.
 */
type TextObject = { type: string; text: string };
type Block = { type: string; text?: TextObject; fields?: TextObject[]; elements?: (TextObject & { style?: string })[] };

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Slack's mrkdwn to HTML; `names` turns `<@U…>` into the display name Slack would show. */
export function mrkdwnToHtml(text: string, names: Record<string, string> = {}): string {
  const withRefs = text
    .replace(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g, (_, id: string) => `\u0001@${names[id] ?? id}\u0002`)
    .replace(/<#([A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) => `\u0001#${name ?? names[id] ?? id}\u0002`);
  return escapeHtml(withRefs.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"))
    .replace(/\u0001([^\u0002]*)\u0002/g, '<span class="ref">$1</span>')
    .replace(/\*([^*\n]+)\*/g, "<b>$1</b>")
    .replace(/(^|\s)_([^_\n]+)_/g, "$1<i>$2</i>")
    .replace(/`([^`\n]+)`/g, "<code>$1</code>")
    .replace(/\n/g, "<br>");
}

function blockHtml(block: Block, names: Record<string, string>): string {
  const text = (t?: TextObject) => (t ? (t.type === "mrkdwn" ? mrkdwnToHtml(t.text, names) : escapeHtml(t.text)) : "");
  switch (block.type) {
    case "header":
      return `<h1>${text(block.text)}</h1>`;
    case "section":
      return `<div class="section">${text(block.text)}${(block.fields ?? []).map((f) => `<div class="field">${text(f)}</div>`).join("")}</div>`;
    case "context":
      return `<div class="context">${(block.elements ?? []).map((e) => text(e)).join(" ")}</div>`;
    case "divider":
      return "<hr>";
    case "actions":
      return `<div class="actions">${(block.elements ?? []).map((e) => `<span class="button ${e.style ?? ""}">${text((e as unknown as { text: TextObject }).text)}</span>`).join("")}</div>`;
    default:
      return `<div class="unknown">[${escapeHtml(block.type)} block]</div>`;
  }
}

export function blockKitPage(blocks: Block[], title: string, names: Record<string, string> = {}): string {
  return `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
  body { margin: 0; font: 15px/1.47 "Lato", "Helvetica Neue", Arial, sans-serif; color: #1d1c1d; background: #fff; }
  .tabs { padding: 14px 28px 0; border-bottom: 1px solid #ddd; font-weight: 700; }
  .tabs span { display: inline-block; padding: 0 2px 10px; margin-right: 22px; color: #616061; }
  .tabs span.on { color: #1d1c1d; border-bottom: 2px solid #1264a3; }
  main { padding: 12px 28px 24px; max-width: 860px; }
  h1 { font-size: 18px; margin: 10px 0 8px; }
  .section { margin: 10px 0; }
  .context { color: #616061; font-size: 13px; margin: 6px 0; }
  .actions { margin: 8px 0 14px; display: flex; flex-wrap: wrap; gap: 8px; }
  .button { border: 1px solid #bbb; border-radius: 4px; padding: 3px 12px; font-weight: 700; font-size: 14px; }
  .button.primary { background: #007a5a; border-color: #007a5a; color: #fff; }
  .button.danger { color: #e01e5a; }
  .ref { color: #1264a3; background: #e8f5fa; border-radius: 3px; padding: 0 2px; }
  code { font: 12px monospace; background: #f6f6f6; border: 1px solid #ddd; border-radius: 3px; padding: 1px 3px; color: #e01e5a; }
  hr { border: 0; border-top: 1px solid #ddd; }
  .unknown { color: #e01e5a; }
</style>
<div class="tabs"><span class="on">Home</span><span>Messages</span><span>About</span></div>
<main>${blocks.map((b) => blockHtml(b, names)).join("\n")}</main>`;
}
