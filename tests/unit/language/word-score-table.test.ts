import { describe, expect, it } from "vitest";
import { int16Base64, readWordScoreTable } from "../../../src/core/language/word-score-table.js";

describe("a generated table of scores per word", () => {
  const words = ["a", "ab", "abc", "b", "zebra"];
  // Two scores per word: its index and its negative, beyond 16 bits clamped.
  const scores = words.flatMap((_, i) => [i * 100, i === 4 ? -70_000 : -i]);
  const table = readWordScoreTable(words.join(" "), int16Base64(scores), 2);

  it("GIVEN each word of the table THEN its row starts at its scores", () => {
    words.forEach((word, i) => {
      const row = table.rowOf(word);
      expect(row, word).toBe(i * 2);
      expect(table.scores[row! ]).toBe(i * 100);
    });
  });

  it("GIVEN a word the table lacks, or only a prefix or extension of one, THEN it has no row", () => {
    for (const word of ["", "aa", "abcd", "ba", "zebras", "c"]) expect(table.rowOf(word), word).toBeUndefined();
  });

  it("GIVEN a score beyond 16 bits THEN it is stored clamped", () => {
    expect(table.scores[table.rowOf("zebra")! + 1]).toBe(-32768);
  });
});
