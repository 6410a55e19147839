import { describe, expect, it } from "vitest";
import { lemmatize } from "../../../src/core/safety/lemmatize.js";

const words = (text: string) => lemmatize(text).flat().map((w) => w.lower);

describe("lemmatize", () => {
  it("GIVEN a possessive THEN it is the word and its 's, whatever was read before", () => {
    const before = words("she missed her son's appointment again");
    // A possessive at a sentence's end is one that wink-nlp would otherwise learn as a whole word.
    lemmatize("his story mirrors my son's. I keep thinking about it.");
    expect(words("she missed her son's appointment again")).toEqual(before);
    expect(before).toContain("son");
  });

  it("GIVEN a pronoun's contraction THEN it is still read as one ('she's' is she + be)", () => {
    const sentence = lemmatize("she's not answering her phone")[0]!;
    expect(sentence.map((w) => w.lemma)).toContain("be");
    expect(sentence[0]!.lemma).toBe("she");
  });
});
