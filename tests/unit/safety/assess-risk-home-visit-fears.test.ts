import { describe, expect, it } from "vitest";
import { assessRisk } from "../../../src/core/safety/assess-risk.js";

// Fear at a home visit of a thing there, and words that only look like harm's: everyday worries, not crises.
describe("fear of a thing, not of a person or a place", () => {
  it.each([
    "The family I visit on Thursdays has a huge dog that jumps all over me, and I've been scared of dogs since one bit me as a kid. How do I handle it?",
    "I have a home visit tomorrow and I'm scared of their pit bull. Can I ask them to put him outside?",
    "how do i get a jumpy puppy to calm down during a home visit",
    "My toddler jumps all over me every morning before work.",
    "I was scared the printer would jam again before the training.",
  ])("GIVEN %j THEN it is not a crisis", (message) => {
    expect(assessRisk(message).level).not.toBe("crisis");
  });

  it.each([
    "I'm scared to go home tonight, he said he'd be waiting for me",
    "She's terrified to be at home with him since he came back",
    "My daughter has scars all over her arms and new cuts tonight",
  ])("GIVEN %j THEN it is still a crisis", (message) => {
    expect(assessRisk(message).level).toBe("crisis");
  });
});
