/**
 * The error Slack gives a message or view past its documented limits (`msg_too_long`, `invalid_blocks`), or undefined
 * when it takes it. The limits are written out here rather than imported from src/, so the fake checks the renderer
 * instead of agreeing with it.
 */
type Json = Record<string, unknown>;

const textOf = (element: unknown): string => (typeof (element as Json | undefined)?.text === "string" ? ((element as Json).text as string) : "");

/** A message: top-level text at most 40,000 characters, at most 50 blocks, each block within its own limits. */
export function slackMessageError(body: Json): string | undefined {
  if (typeof body.text === "string" && body.text.length > 40_000) return "msg_too_long";
  const blocks = blocksOf(body.blocks);
  if (blocks.length > 50) return "invalid_blocks";
  return blocksError(blocks);
}

/** A view (Home tab, modal): at most 100 blocks; a modal's title, submit and close at most 24; private_metadata 3000. */
export function slackViewError(view: Json): string | undefined {
  const blocks = blocksOf(view.blocks);
  if (blocks.length > 100) return "invalid_arguments";
  if ([view.title, view.submit, view.close].some((t) => textOf(t).length > 24)) return "invalid_arguments";
  if (typeof view.private_metadata === "string" && view.private_metadata.length > 3000) return "invalid_arguments";
  return blocksError(blocks);
}

/** Blocks arrive as JSON text in a form-encoded call, as an array in a JSON one. */
function blocksOf(raw: unknown): Json[] {
  if (typeof raw === "string") return JSON.parse(raw) as Json[];
  return Array.isArray(raw) ? (raw as Json[]) : [];
}

function blocksError(blocks: Json[]): string | undefined {
  const actionIds = new Set<string>();
  for (const block of blocks) {
    if (block.type === "section" && (textOf(block.text).length > 3000 || textOf(block.text).length === 0)) return "invalid_blocks";
    if (block.type === "header" && textOf(block.text).length > 150) return "invalid_blocks";
    if (block.type === "context") {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length > 10 || elements.some((e) => textOf(e).length > 3000)) return "invalid_blocks";
    }
    if (block.type === "actions") {
      const elements = (block.elements as Json[] | undefined) ?? [];
      if (elements.length > 25) return "invalid_blocks";
      for (const element of elements) {
        const id = String(element.action_id ?? "");
        if (id && actionIds.has(id)) return "invalid_blocks";
        actionIds.add(id);
        if (textOf(element.text).length > 75 || String(element.value ?? "").length > 2000) return "invalid_blocks";
      }
    }
  }
  return undefined;
}
