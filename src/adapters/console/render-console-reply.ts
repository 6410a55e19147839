import type { ReplyAction, Reply } from "../../core/reply.js";
import { mapReplyText } from "../map-reply-text.js";
import { consoleText } from "./console-references.js";

/** A reply as terminal text. Files are written by the adapter first; `savedTo` says where. */
export function renderConsoleReply(reply: Reply, savedTo?: string): string {
  return renderText(mapReplyText(reply, consoleText), savedTo);
}

function renderText(reply: Reply, savedTo?: string): string {
  switch (reply.kind) {
    case "error":
      return reply.text;
    case "answer":
      return [reply.text, ...typed(reply.actions ?? [])].join("\n");
    case "message": {
      const sectionActions = (reply.sections ?? []).flatMap((s) => s.actions ?? []);
      return [reply.text, ...typed([...sectionActions, ...(reply.actions ?? [])])].join("\n");
    }
    case "form":
      // A terminal has no forms: the reply's text gives the syntax the form would have filled in.
      return reply.text;
    case "file":
      return `${reply.text}\nSaved to ${savedTo ?? reply.fileName}`;
  }
}

function typed(actions: ReplyAction[]): string[] {
  return actions.map((a) => `  [${a.label}] type: ${a.command}`);
}
