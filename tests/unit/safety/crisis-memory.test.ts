import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { crisisMemorySource, readCrisisExamples } from "../../../scripts/crisis-memory/crisis-memory-source.js";
import { assessRisk, readSignals } from "../../../src/core/safety/assess-risk.js";
import { rememberedCrisis } from "../../../src/core/safety/crisis-memory.js";

const GENERATED = fileURLToPath(new URL("../../../src/core/safety/generated/crisis-memory-data.ts", import.meta.url));

describe("the crisis memory", () => {
  const examples = readCrisisExamples();

  it("GIVEN the training messages THEN the generated memory is what they build", () => {
    const rebuild = "the crisis memory's messages (scripts/crisis-memory/, blind triage folders 1-2, the crisis model's harmless examples) or their terms changed: run `npm run safety:memory` and commit src/core/safety/generated/crisis-memory-data.ts";
    expect(readFileSync(GENERATED, "utf8") === crisisMemorySource(examples), rebuild).toBe(true);
    expect(examples.filter((e) => e.kind).length).toBeGreaterThan(500);
  });

  it("GIVEN a remembered crisis THEN it is remembered as a crisis of its kind far more often than a harmless message is", () => {
    const crises = examples.filter((e) => e.kind);
    const harmless = examples.filter((e) => !e.kind);
    const caught = crises.filter((e) => rememberedCrisis(e.text) !== undefined).length / crises.length;
    const alarms = harmless.filter((e) => rememberedCrisis(e.text) !== undefined).length / harmless.length;
    expect(caught).toBeGreaterThan(0.3);
    expect(alarms).toBeLessThan(0.01);
    const kinds = crises.filter((e) => rememberedCrisis(e.text) === e.kind).length / crises.filter((e) => rememberedCrisis(e.text)).length;
    expect(kinds).toBeGreaterThan(0.8);
  });

  it("GIVEN words no remembered message has THEN nothing is remembered", () => {
    expect(rememberedCrisis("zyxwv qqqq")).toBeUndefined();
  });
});

describe("a weaker sign the remembered crises confirm", () => {
  const threat = "someone keeps sending a mom I support photos of her kids at the bus stop from fake accounts with the word soon";

  it("GIVEN a sign the rules read as weaker, which the model gives even odds and the remembered crises match THEN it is a crisis", () => {
    expect(readSignals(threat).ruled.level).toBe("caution");
    expect(rememberedCrisis(threat)).toBeDefined();
    expect(assessRisk(threat)).toEqual({ level: "crisis", kind: "violence" });
  });

  it("GIVEN a weaker sign the remembered messages do not confirm THEN it stays the safety line", () => {
    const weaker = "her ex keeps following her on instagram, can she block him?";
    expect(rememberedCrisis(weaker)).toBeUndefined();
    expect(assessRisk(weaker).level).toBe("caution");
  });
});
