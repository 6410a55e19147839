import { mapReferences } from "../core/references/reference-text.js";
import type { FileReply, Reply } from "../core/reply.js";
import { describeOtherPlatformReference } from "./describe-other-platform-reference.js";

// A file shows no links: people and channels in it are in plain words (`#network on Slack`).
const plain = (text: string): string => mapReferences(text, describeOtherPlatformReference);

/**
 * A reply too long for the messages a platform takes, as a text file of its whole plain text: nothing is cut, and the
 * platform is never asked to take what it would refuse. The file is named after the reply's title.
 */
export function longReplyFile(reply: Reply): FileReply {
  const title = reply.kind === "message" && reply.title ? plain(reply.title) : "reply";
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "reply";
  const fileName = `${slug}.txt`;
  return {
    kind: "file",
    ephemeral: reply.ephemeral,
    text: `${reply.kind === "message" && reply.title ? `${title}: t` : "T"}oo long for a chat message, so it is in the file ${fileName}.`,
    fileName,
    mimeType: "text/plain",
    content: `${plain(reply.text)}\n`,
  };
}
