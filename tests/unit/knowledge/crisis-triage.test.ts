import { describe, expect, it } from "vitest";
import { triageCrisis } from "../../../src/core/knowledge/crisis-triage.js";

describe("crisis triage", () => {
  it.each([
    ["A mom told me her son said he wants to kill himself. What do I do?", "suicide"],
    ["dad says his teen has been talking about ending his life", "suicide"],
    ["the daughter told me she wants to die", "suicide"],
    ["I think the girl is cutting herself, there were fresh marks", "self_harm"],
    ["a parent said her kid took a bunch of pills and won't wake up", "overdose"],
    ["her boyfriend hits the kids when he's drunk", "child_abuse"],
    ["I saw bruises on the toddler and the mom wouldn't explain", "child_abuse"],
    ["the kids are left alone for days and nobody is feeding them", "child_abuse"],
    ["the father threatened to shoot his ex-wife", "violence"],
    ["she says her husband has a gun and is going to kill her", "violence"],
  ])("GIVEN %j THEN it is a %s crisis", (message, kind) => {
    expect(triageCrisis(message)).toBe(kind);
  });

  it.each([
    "I killed it at the fundraiser last night, can I post photos?",
    "I'm dying to know how many CEUs I need",
    "shoot me an email with the training dates",
    "Is suicide prevention part of the core competency training?",
    "Do I need to know about suicide prevention?",
    "What training covers domestic violence in California?",
    "we are cutting costs at the agency, can I volunteer?",
    "the deadline is killing me, how long do I have to file a grievance?",
    "What are the co-occurring substance abuse topics in the training?",
  ])("GIVEN the lookalike %j THEN it is not a crisis", (message) => {
    expect(triageCrisis(message)).toBeNull();
  });
});

describe("crisis triage of warning signs described in passing", () => {
  it.each([
    "mom texted that her teen took a handful of his dad's pills and is really sleepy",
    "the dad is passed out on the couch and isn't breathing right",
    "she showed me fresh cuts on her arms",
    "her ex threatened to come shoot up the house tonight",
    "the kids said they've been alone for three days with no food",
    "mom found a goodbye note in his backpack and he's giving away his stuff",
    "a parent told me she can't do this anymore and has been saving up her pills",
    "there's a welt on his back, she said it was with a belt",
  ])("GIVEN %j THEN it is triaged as a crisis", (message) => {
    expect(triageCrisis(message)).not.toBeNull();
  });

  it.each([
    "this documentation is killing me, do I have to write up every session?",
    "this heat is a killer, should I bring sunscreen to the picnic?",
    "we're crushing it with 40 families, is that too many?",
    "the state budget cuts hit our program, can I still volunteer?",
  ])("GIVEN the lookalike %j THEN it is not", (message) => {
    expect(triageCrisis(message)).toBeNull();
  });
});

describe("crisis kinds", () => {
  it("GIVEN violence between adults THEN it is violence, not child abuse", () => {
    expect(triageCrisis("my client's husband hits her, what do i do")).toBe("violence");
  });

  it("GIVEN harm to a child THEN it is child abuse", () => {
    expect(triageCrisis("mom's boyfriend hits the kids")).toBe("child_abuse");
  });
});
