import { describe, expect, it } from "vitest";
import { normalizeText } from "../../../src/core/knowledge/normalize-text.js";
import { contentTerms, searchTerm, stem } from "../../../src/core/knowledge/search-terms.js";

describe("chat normalisation", () => {
  it("GIVEN 'wrap up' THEN it is ending, not wraparound", () => {
    expect(normalizeText("time to wrap up services")).not.toContain("wraparound");
    expect(normalizeText("is wrap the same as wraparound")).toContain("wraparound");
  });

  it.each([
    ["can i talk about her meds", "medication"],
    ["is a dx something i can discuss", "diagnosis"],
    ["how many CEs do I need", "continuing education"],
    ["how many ce hours a year", "continuing education"],
    ["what about tx options", "treatment"],
    ["my mom client", "parent"],
    ["how do i wrap things up with a family", "end"],
  ])("GIVEN %j THEN it reads as %j", (text, expected) => {
    expect(normalizeText(text)).toContain(expected);
  });

  it("GIVEN curly apostrophes and thousands separators THEN they are unified", () => {
    expect(normalizeText("child’s 1,000 hours")).toBe("child 1000 hours");
  });

  it("GIVEN different forms of a word THEN they stem to one term", () => {
    expect(stem("discrimination")).toBe(stem("discriminate"));
    expect(stem("discriminating")).toBe(stem("discriminate"));
    expect(stem("gifts")).toBe("gift");
    expect(stem("diagnosis")).toBe("diagnosis");
    expect(stem("certified")).toBe(stem("certification"));
    expect(stem("requirement")).toBe(stem("required"));
    expect(stem("abused")).toBe(stem("abuse"));
    expect(stem("licensed")).toBe(stem("license"));
  });

  it("GIVEN a question THEN its content terms leave out how it is asked", () => {
    expect(contentTerms("Can you help me pick a fantasy football team?")).toEqual([["pick"], ["fantasy"], ["football"], ["team"]]);
  });

  it("GIVEN a word a synonym expands THEN its terms stay one group, so it counts once", () => {
    const groups = contentTerms("any meds at night?");
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual([stem("medication")]);
    expect(groups[1]).toContain(stem("evening"));
    expect(groups[1]!.length).toBeGreaterThan(1);
  });
});

describe("contractions", () => {
  it.each(["aren't", "isn’t", "I've", "wouldnt", "there's"])("GIVEN %j THEN it is a function word, with or without its apostrophe", (token) => {
    expect(searchTerm(token)).toBeNull();
  });

  it.each(["trying", "telling", "asked", "wanted"])("GIVEN %j THEN a function verb in another tense is still a function word", (token) => {
    expect(searchTerm(token)).toBeNull();
  });

  it("GIVEN a noun whose stem is a function word THEN it stays a term", () => {
    expect(searchTerm("kinds")).not.toBeNull();
  });

  it("GIVEN a content word THEN it is still a term", () => {
    expect(searchTerm("coworkers")).toBe(stem("coworkers"));
  });
});

describe("chat shorthand", () => {
  it.each([
    ["iep mtg tmrw", "meeting"],
    ["max # of families", "number"],
    ["my sw w/o a release", "social worker without"],
    ["is cps involved", "child protective services"],
  ])("GIVEN %j THEN it reads %j", (text, words) => {
    expect(normalizeText(text)).toContain(words);
  });

  it.each(["u", "ur", "wat", "nah", "tho"])("GIVEN %j THEN it is a function word", (token) => {
    expect(searchTerm(token)).toBeNull();
  });
});
