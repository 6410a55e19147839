import { describeOtherPlatformReference } from "../../../src/adapters/describe-other-platform-reference.js";
import type { AdapterRegistration } from "../../../src/adapters/adapter-registration.js";
import type { ChatAdapter } from "../../../src/adapters/chat-adapter.js";
import type { ReferenceSyntax } from "../../../src/adapters/reference-syntax.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import { mapReferences, referenceText } from "../../../src/core/references/reference-text.js";
import type { Reply } from "../../../src/core/reply.js";

/**
 * A fourth platform, built the way a network would add one: a registration from outside src/adapters/, with its
 * own mention syntax (`{user:ada}`, `{room:lobby}`) and its own renderer (plain lines), on the one request pipeline.
 * Nothing in src/ knows its name.
 */
export const TELETYPE = "teletype";

const TELETYPE_MENTION = /\{(user|room):([\w.#-]+)\}/g;

export const teletypeReferences: ReferenceSyntax = {
  read: (text) =>
    text.replace(TELETYPE_MENTION, (_m, kind: string, id: string) => referenceText({ kind: kind === "user" ? "user" : "channel", platform: TELETYPE, id })),
  render: (ref) => (ref.platform === TELETYPE ? `{${ref.kind === "user" ? "user" : "room"}:${ref.id}}` : describeOtherPlatformReference(ref)),
};

/** A reply as teletype lines: the whole plain text with its references in teletype syntax, and its buttons to type. */
export function renderTeletypeReply(reply: Reply): string {
  const write = (text: string) => mapReferences(text, teletypeReferences.render);
  const head = reply.kind === "answer" ? `[${reply.verdict}] ` : reply.kind === "error" ? `! ` : "";
  const actions = reply.kind === "answer" || reply.kind === "message" ? [...(reply.kind === "message" ? (reply.sections ?? []).flatMap((s) => s.actions ?? []) : []), ...(reply.actions ?? [])] : [];
  return [`${head}${write(reply.text)}`, ...actions.map((a) => `  (${write(a.label)}: ${write(a.command)})`)].join("\n");
}

export interface TeletypeAdapter extends ChatAdapter {
  /** One typed line from a person; resolves with the reply as printed on their teletype. */
  say(user: string, line: string): Promise<string>;
  /** What others were sent (deliveries), by key, as printed. */
  printed: { to: string; text: string }[];
}

/** The registration a test hands to createChatAdapters, with the adapter it created. */
export function teletypeRegistration(): AdapterRegistration & { adapter?: TeletypeAdapter } {
  const registration: AdapterRegistration & { adapter?: TeletypeAdapter } = {
    platform: TELETYPE,
    enabled: () => true,
    async create(_config, { pipeline }) {
      let lineNumber = 0;
      const printed: { to: string; text: string }[] = [];
      const adapter: TeletypeAdapter = {
        platform: TELETYPE,
        printed,
        async deliver(delivery) {
          printed.push({ to: delivery.to.kind === "user" ? delivery.to.userKey : delivery.to.channelKey, text: renderTeletypeReply(delivery.reply) });
        },
        async say(user, line) {
          let shown = "";
          const request = { line: teletypeReferences.read(line), actor: actorOf(TELETYPE, user), deliveryId: `tty-${++lineNumber}`, source: "teletype.line" };
          await pipeline.handle(request, async (reply) => void (shown = renderTeletypeReply(reply)));
          return shown;
        },
        start: async () => undefined,
        stop: async () => undefined,
      };
      registration.adapter = adapter;
      return adapter;
    },
  };
  return registration;
}
