import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { actorOf } from "../../core/commands/actor.js";
import type { CommandDispatcher } from "../../core/commands/command-dispatcher.js";
import type { Delivery } from "../../core/commands/command-outcome.js";
import type { Reply } from "../../core/reply.js";
import { renderConsoleReply } from "./render-console-reply.js";

export interface ConsoleAdapterOptions {
  dispatcher: CommandDispatcher;
  input: Readable;
  output: Writable;
  /** Who is speaking (`--user`); stored as `console:<user>`. */
  user: string;
  /** One JSON line per reply instead of text. */
  json: boolean;
  /** Prompt and greet only when a person is at a terminal; scripted input gets replies alone. */
  interactive: boolean;
  isAdmin: (userKey: string) => boolean;
  now: () => Date;
  /** Where `/hours export` and other file replies are written. */
  exportDirectory: string;
  /** The channel a console line is typed in. */
  channel?: string;
}

export interface ConsoleAdapter {
  /** Resolves when input ends and every line has been answered. */
  run(): Promise<void>;
  /** Shows something that was not a reply to a line: a channel post or a direct message. */
  deliver(delivery: Delivery): void;
}

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { dispatcher, output, json } = options;
  const actor = actorOf("console", options.user);
  const channel = options.channel ?? "#console";

  function write(reply: Reply, to?: Delivery["to"]): void {
    const savedTo = reply.kind === "file" ? saveFile(reply.fileName, reply.content) : undefined;
    if (json) {
      const addressed = to ? { to: to.kind === "user" ? to.userKey : to.channelKey } : {};
      output.write(`${JSON.stringify({ ...reply, ...addressed, ...(savedTo ? { savedTo } : {}) })}\n`);
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

  async function answer(line: string): Promise<void> {
    const outcome = await dispatcher.dispatchLine(line, {
      actor,
      channel,
      isAdmin: options.isAdmin(actor.key),
      now: options.now(),
    });
    write(outcome.reply);
    for (const delivery of outcome.deliveries ?? []) write(delivery.reply, delivery.to);
  }

  return {
    deliver: (delivery) => write(delivery.reply, delivery.to),
    async run() {
      const lines = createInterface({ input: options.input, terminal: options.interactive });
      if (options.interactive) {
        output.write(`Porchlight console, speaking as ${actor.key}. Ask a question or type a command (${dispatcher
          .commandNames()
          .map((n) => `/${n}`)
          .join(", ")}). Ctrl-D to leave.\n> `);
      }
      // Lines are answered one at a time, in order, so scripted input gets replies in the same order.
      for await (const line of lines) {
        if (line.trim()) await answer(line);
        if (options.interactive) output.write("> ");
      }
    },
  };
}
