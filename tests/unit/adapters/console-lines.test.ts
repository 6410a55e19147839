import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../../src/adapters/console/console-adapter.js";
import { splitLines } from "../../../src/adapters/console/split-lines.js";
import { createRequestPipeline } from "../../../src/adapters/request-pipeline.js";
import { actorOf } from "../../../src/core/commands/actor.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import type { CommandHandler } from "../../../src/core/commands/command-handler.js";
import { silentLogger } from "../../../src/core/logger.js";

// Issue 8, reproduction 8: a "\r" inside a line made two commands; a line of spaces got no reply.
const echo: CommandHandler = { name: "echo", run: async (args) => ({ reply: { kind: "message", ephemeral: true, text: `[${args}]` } }) };

async function collect(input: string): Promise<string[]> {
  const stream = new PassThrough();
  stream.end(input);
  const lines: string[] = [];
  for await (const line of splitLines(stream)) lines.push(line);
  return lines;
}

async function consoleReplies(input: string): Promise<{ kind: string; text: string; code?: string }[]> {
  const [stdin, stdout] = [new PassThrough(), new PassThrough()];
  let written = "";
  stdout.on("data", (chunk) => (written += chunk));
  const dispatcher = createCommandDispatcher([echo], silentLogger);
  const messenger = { deliver: async () => {} };
  const now = () => new Date("2027-01-01T12:00:00Z");
  const adapter = createConsoleAdapter({
    pipeline: createRequestPipeline({ dispatcher, messenger, logger: silentLogger, isAdmin: () => false, now }),
    commandNames: dispatcher.commandNames(),
    input: stdin,
    output: stdout,
    user: "dana",
    json: true,
    interactive: false,
    exportDirectory: "unused",
  });
  stdin.end(input);
  await adapter.start();
  await adapter.ended();
  return written.trim().split("\n").map((l) => JSON.parse(l));
}

describe("console lines", () => {
  it("GIVEN a lone \\r inside a line THEN it stays one line; \\r\\n endings are dropped", async () => {
    expect(await collect("/echo a\rb\r\n/echo c\nlast")).toEqual(["/echo a\rb", "/echo c", "last"]);
  });

  it("GIVEN a \\r and other control characters inside a line THEN the console answers it as one command", async () => {
    const replies = await consoleReplies("/echo one\rtwo\u0007three\n");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe("[one\rtwo\u0007three]");
  });

  it("GIVEN a whitespace-only line THEN a hint naming the commands; an empty line is spacing and gets nothing", async () => {
    const replies = await consoleReplies(" \t \n\n\u0000\u200b\n");
    expect(replies).toHaveLength(2);
    for (const reply of replies) {
      expect(reply).toMatchObject({ kind: "error", code: "command.blank" });
      expect(reply.text).toContain("/echo");
    }
  });

  it("GIVEN the dispatcher a whitespace-only line THEN command.blank, never the question command", async () => {
    const dispatcher = createCommandDispatcher([echo], silentLogger);
    const { reply } = await dispatcher.dispatchLine("   ", { actor: actorOf("console", "dana"), isAdmin: false, now: new Date() });
    expect(reply).toMatchObject({ kind: "error", code: "command.blank" });
  });
});

describe("console stop", () => {
  it("GIVEN scripted input still open WHEN the adapter stops THEN reading ends without an error", async () => {
    const stream = new PassThrough();
    stream.write("/echo one\n");
    const lines: string[] = [];
    const reading = (async () => {
      for await (const line of splitLines(stream)) lines.push(line);
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    stream.destroy();
    await reading;
    expect(lines).toEqual(["/echo one"]);
  });
});
