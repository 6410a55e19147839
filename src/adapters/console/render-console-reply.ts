import type { Reply } from "../../core/reply.js";

/** A reply as terminal text. Files are written by the adapter first; `savedTo` says where. */
export function renderConsoleReply(reply: Reply, savedTo?: string): string {
  switch (reply.kind) {
    case "answer":
    case "error":
      return reply.text;
    case "message": {
      const actions = (reply.actions ?? []).map((a) => `  [${a.label}] type: ${a.command}`);
      return [reply.text, ...actions].join("\n");
    }
    case "file":
      return `${reply.text}\nSaved to ${savedTo ?? reply.fileName}`;
  }
}
