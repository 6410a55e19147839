import { describe, expect, it } from "vitest";
import { actorOf } from "../../src/core/commands/actor.js";
import { createAskCommand } from "../../src/core/commands/ask-command.js";
import { UserError } from "../../src/core/commands/user-error.js";
import { referenceText } from "../../src/core/references/reference-text.js";
import type { Logger } from "../../src/core/logger.js";
import type { AnswerReply } from "../../src/core/reply.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";
import { loadCommandSpecs } from "../../src/command-files/load-command-specs.js";

const knowledge = loadKnowledgeBase();
const specs = loadCommandSpecs();
const context = { actor: actorOf("console", "dana"), isAdmin: false, now: new Date("2026-11-25T12:00:00Z") };

function recordingLogger(lines: string[]): Logger {
  const record = (event: string, fields?: Record<string, unknown>) => void lines.push(JSON.stringify({ event, ...fields }));
  return { debug: record, info: record, warn: record, error: record };
}

describe("/ask", () => {
  it("GIVEN a partner whose profile says California THEN California's rule answers first", async () => {
    const ask = createAskCommand({ knowledge, stateOf: async (key) => (key === "console:dana" ? "CA" : undefined), logger: recordingLogger([]), specs });
    const { reply } = await ask.run("How many continuing education hours do I need to renew?", context);
    expect((reply as AnswerReply).citations[0]?.document).toBe("ca-parent-peer-support-specialist");
    expect(reply.ephemeral).toBe(true);
  });

  it("GIVEN a question THEN the log holds the verdict and entry but never the question's words", async () => {
    const lines: string[] = [];
    const ask = createAskCommand({ knowledge, stateOf: async () => undefined, logger: recordingLogger(lines), specs });
    await ask.run("Can I advise Jamie Ortiz's mom on her Adderall dose?", context);
    expect(lines.join("\n")).toMatch(/not_allowed/);
    expect(lines.join("\n")).not.toMatch(/Jamie|Ortiz|Adderall|dose/i);
  });

  it("GIVEN /ask with no question THEN the error shows how to ask", async () => {
    const ask = createAskCommand({ knowledge, stateOf: async () => undefined, logger: recordingLogger([]), specs });
    await expect(async () => ask.run("", context)).rejects.toThrow(UserError);
    await expect(async () => ask.run("", context)).rejects.toThrow(/\/ask Can I/);
  });

  it("GIVEN a greeting or a question about the bot THEN the welcome, with examples and how to set state and track", async () => {
    const ask = createAskCommand({ knowledge, stateOf: async () => undefined, logger: recordingLogger([]), specs });
    for (const message of ["hi", "Hello there!", "help", "What can you do?", "who are you", "hey Porchlight, what can you do"]) {
      const { reply } = await ask.run(message, context);
      expect(reply.kind, message).toBe("message");
      expect(reply.text, message).toContain("/profile state MT track mt-candidate");
      expect(reply.text).toContain("/ask Can I");
      expect(reply.text).toContain("/help");
    }
  });

  it("GIVEN a greeting with a crisis or a real question THEN it is never the welcome", async () => {
    const ask = createAskCommand({ knowledge, stateOf: async () => undefined, logger: recordingLogger([]), specs });
    const crisis = await ask.run("hi, my son says he wants to die", context);
    expect((crisis.reply as AnswerReply).verdict).toBe("crisis");
    const question = await ask.run("Hi, can I advise a parent on medication?", context);
    expect((question.reply as AnswerReply).verdict).toBe("not_allowed");
  });
});

describe("/ask with a mention in the question", () => {
  // Read as words, the reference's parts (user, slack, an id) made this question "I don't know".
  it("GIVEN a person mentioned THEN the answer is the one for 'someone'", async () => {
    const ask = createAskCommand({ knowledge, stateOf: async () => "MT", logger: recordingLogger([]), specs, feedback: undefined });
    const sam = referenceText({ kind: "user", platform: "slack", id: "U024BE7LH" });
    const mentioned = (await ask.run(`Can ${sam} come to my house?`, context)).reply as AnswerReply;
    const plain = (await ask.run("Can someone come to my house?", context)).reply as AnswerReply;
    expect(plain.verdict).not.toBe("unknown");
    expect(mentioned.answer).toBe(plain.answer);
    expect(mentioned.verdict).toBe(plain.verdict);
  });
});
