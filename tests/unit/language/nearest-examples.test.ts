import { describe, expect, it } from "vitest";
import { indexExamples } from "../../../src/core/language/nearest-examples.js";

const examples = [
  ["gift", "card", "parent"],
  ["barter", "car", "repair", "parent"],
  ["gift", "parent"],
  ["parent", "meeting"],
];

describe("indexExamples", () => {
  const index = indexExamples(examples);

  it("GIVEN a message THEN the examples sharing most of its telling terms come first, with cosine similarities", () => {
    const [first, second] = index.nearest(["gift", "card"], 3);
    expect(first![0]).toBe(0);
    expect(second![0]).toBe(2);
    expect(first![1]).toBeGreaterThan(second![1]);
    // Weights are stored as 32-bit floats: a cosine may round a hair above 1.
    expect(first![1]).toBeLessThan(1 + 1e-6);
  });

  it("GIVEN a term most examples have and one few have THEN the rare term decides", () => {
    expect(index.nearest(["parent", "barter"], 1)[0]![0]).toBe(1);
  });

  it("GIVEN a count THEN at most that many, and only examples that share a term", () => {
    expect(index.nearest(["parent"], 2)).toHaveLength(2);
    expect(index.nearest(["meeting"], 5).map(([i]) => i)).toEqual([3]);
    expect(index.nearest(["unheard"], 5)).toEqual([]);
  });

  it("GIVEN words no example has THEN they still make the message less like each example", () => {
    const [[, alone]] = index.nearest(["meeting"], 1) as [[number, number]];
    const [[, diluted]] = index.nearest(["meeting", "unheard", "words"], 1) as [[number, number]];
    expect(diluted).toBeLessThan(alone);
  });

  it("GIVEN the same lookup twice THEN the same answer (nothing is left over from the first)", () => {
    expect(index.nearest(["gift", "card"], 3)).toEqual(index.nearest(["gift", "card"], 3));
  });
});
