import { describe, expect, it } from "vitest";
import { detectBotIntent } from "../../../src/core/commands/bot-intent.js";

describe("detectBotIntent", () => {
  it("GIVEN messages about the bot itself THEN their intent", () => {
    expect(detectBotIntent("hi")).toBe("greeting");
    expect(detectBotIntent("Good morning, Porchlight!")).toBe("greeting");
    expect(detectBotIntent("hey there")).toBe("greeting");
    expect(detectBotIntent("HELP")).toBe("help");
    expect(detectBotIntent("how do I use this?")).toBe("help");
    expect(detectBotIntent("What can you do?")).toBe("capabilities");
    expect(detectBotIntent("hi! what can you do for me")).toBe("capabilities");
    expect(detectBotIntent("Who are you?")).toBe("identity");
    expect(detectBotIntent("what\u2019s your name")).toBe("identity");
  });

  it("GIVEN knowledge questions, even opening with a greeting THEN no intent", () => {
    expect(detectBotIntent("hi, can I give a parent a ride?")).toBeUndefined();
    expect(detectBotIntent("Hello, how many CEU hours do I need?")).toBeUndefined();
    expect(detectBotIntent("help a parent find a therapist")).toBeUndefined();
    expect(detectBotIntent("what can you do if a parent asks about meds")).toBeUndefined();
    expect(detectBotIntent("who are you supposed to report abuse to")).toBeUndefined();
    expect(detectBotIntent("")).toBeUndefined();
  });
});
