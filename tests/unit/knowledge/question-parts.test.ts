import { describe, expect, it } from "vitest";
import { splitQuestion } from "../../../src/core/knowledge/question-parts.js";

describe("splitQuestion", () => {
  it("GIVEN a story told before the question THEN the ask is the question and the story the rest", () => {
    const parts = splitQuestion("My neighbour teaches piano. Her husband is on our waitlist. Can I still take lessons from her?");
    expect(parts.ask).toBe("Can I still take lessons from her?");
    expect(parts.story).toBe("My neighbour teaches piano. Her husband is on our waitlist.");
  });

  it("GIVEN the question first and the situation after THEN the ask is still the question", () => {
    const parts = splitQuestion("Is it ok to keep this? A dad left a jar of honey from his bees on my desk.");
    expect(parts.ask).toBe("Is it ok to keep this?");
    expect(parts.story).toBe("A dad left a jar of honey from his bees on my desk.");
  });

  it("GIVEN a quoted sentence that ends with its quote THEN the sentence still ends there", () => {
    const parts = splitQuestion('The grandpa said "you earned it." Should I accept?');
    expect(parts.ask).toBe("Should I accept?");
  });

  it("GIVEN a chat run-on with no punctuation THEN the ask starts at its question cue", () => {
    const parts = splitQuestion("mom i see every week runs a bakery and keeps sending pies home with me can i keep taking them");
    expect(parts.ask).toBe("can i keep taking them");
    expect(parts.story).toBe("mom i see every week runs a bakery and keeps sending pies home with me");
  });

  it("GIVEN a laugh or a filler and then a question THEN the question is the ask and what came before the story", () => {
    const parts = splitQuestion("the dad offered to fix my brakes for free lol is that allowed");
    expect(parts.ask).toBe("is that allowed");
    expect(parts.story).toBe("the dad offered to fix my brakes for free");
  });

  it("GIVEN a chat check-back ('thats ok right') after the story THEN it is the ask", () => {
    const parts = splitQuestion("a mom offered me her old stroller for my grandson. thats fine right");
    expect(parts.ask).toBe("thats fine right");
  });

  it("GIVEN a short question THEN all of it is the ask", () => {
    expect(splitQuestion("can i date a client")).toMatchObject({ ask: "can i date a client", story: "" });
  });

  it("GIVEN no sentence that reads as a question THEN the whole message is the ask", () => {
    expect(splitQuestion("Gift card from a parent. Right after the visit.")).toMatchObject({ ask: "Gift card from a parent. Right after the visit.", story: "" });
  });

  it("GIVEN a chat aside tacked onto the ask THEN the aside is story, not question", () => {
    const parts = splitQuestion("can i sit in on the iep with her lol my boss already said yes");
    expect(parts.ask).toBe("can i sit in on the iep with her");
    expect(parts.story).toBe("lol my boss already said yes");
  });

  it("GIVEN a story sentence that opens like a question and a sentence with a question mark THEN only the marked one asks", () => {
    const parts = splitQuestion("When I told the grandma about my new job she was thrilled. She knitted me a scarf. Is it fine to wear it?");
    expect(parts.ask).toBe("Is it fine to wear it?");
    expect(parts.storyPieces).toEqual(["When I told the grandma about my new job she was thrilled.", "She knitted me a scarf."]);
  });
});
