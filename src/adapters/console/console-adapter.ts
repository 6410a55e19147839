import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { actorOf } from "../../core/commands/actor.js";
import type { Delivery } from "../../core/commands/command-outcome.js";
import type { Reply } from "../../core/reply.js";
import type { ChatAdapter } from "../chat-adapter.js";
import type { RequestPipeline } from "../request-pipeline.js";
import { mapReplyText } from "../map-reply-text.js";
import { CONSOLE_PLATFORM } from "./console-platform.js";
import { consoleReferences, consoleText } from "./console-references.js";
import { renderConsoleReply } from "./render-console-reply.js";
import { splitLines } from "./split-lines.js";

export interface ConsoleAdapterOptions {
  pipeline: RequestPipeline;
  /** Named in the greeting. */
  commandNames: string[];
  input: Readable;
  output: Writable;
  /** Who is speaking (`--user`); stored as `console:<user>`. */
  user: string;
  /** One JSON line per reply instead of text. */
  json: boolean;
  /** Prompt and greet only when a person is at a terminal; scripted input gets replies alone. */
  interactive: boolean;
  /** Where `/hours export` and other file replies are written. */
  exportDirectory: string;
  /** The channel a console line is typed in. */
  channel?: string;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** Starts reading lines; resolves at once. */
  start(): Promise<void>;
  /** Resolves when input ends and every line has been answered. */
  ended(): Promise<void>;
}

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { output, json } = options;
  const actor = actorOf(CONSOLE_PLATFORM, options.user);
  const channel = options.channel ?? "#console";
  let lines: Interface | undefined;
  let reading: Promise<void> | undefined;

  function write(reply: Reply, to?: Delivery["to"]): void {
    const savedTo = reply.kind === "file" ? saveFile(reply.fileName, reply.content) : undefined;
    if (json) {
      const addressed = to ? { to: to.kind === "user" ? to.userKey : to.channelKey } : {};
      output.write(`${JSON.stringify({ ...mapReplyText(reply, consoleText), ...addressed, ...(savedTo ? { savedTo } : {}) })}\n`);
      return;
    }
    const heading = to ? `-> ${to.kind === "user" ? `direct message to ${to.userKey}` : `post in ${to.channelKey}`}:\n` : "";
    output.write(`${heading}${renderConsoleReply(reply, savedTo)}\n\n`);
  }

  function saveFile(fileName: string, content: string): string {
    mkdirSync(options.exportDirectory, { recursive: true });
    const path = resolve(join(options.exportDirectory, fileName));
    writeFileSync(path, content);
    return path;
  }

  const adapter: ConsoleAdapter = {
    platform: CONSOLE_PLATFORM,
    deliver: async (delivery) => write(delivery.reply, delivery.to),
    async start() {
      reading ??= read();
    },
    ended: () => reading ?? Promise.resolve(),
    async stop() {
      lines?.close();
      // Scripted input has no readline to close; ending the stream ends splitLines.
      if (!options.interactive) options.input.destroy();
    },
  };
  // The console is a sandbox on one terminal: every delivery, whatever platform it names, is printed here.
  const pipeline = options.pipeline.withMessenger(adapter);

  async function read(): Promise<void> {
    // At a terminal readline edits the line; scripted input is split at newlines alone.
    if (options.interactive) lines = createInterface({ input: options.input, terminal: true });
    if (options.interactive) {
      output.write(`Porchlight console, speaking as ${actor.key}. Ask a question or type a command (${options.commandNames
        .map((n) => `/${n}`)
        .join(", ")}). Ctrl-D to leave.\n> `);
    }
    // Lines are answered one at a time, in order, so scripted input gets replies in the same order.
    for await (const line of lines ?? splitLines(options.input)) {
      // An empty line is a scripter's spacing; a line of spaces gets the dispatcher's hint.
      if (line !== "") await pipeline.handle({ line: consoleReferences.read(line), actor, channel }, async (reply) => write(reply));
      if (options.interactive) output.write("> ");
    }
  }

  return adapter;
}
