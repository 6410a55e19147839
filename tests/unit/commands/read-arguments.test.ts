import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/core/commands/user-error.js";
import { readArguments, tokenizeArguments, unquoteFreeText } from "../../../src/core/hours/tokenize-arguments.js";

describe("reading command arguments with quotes", () => {
  it("GIVEN straight, curly and German double quotes THEN each pair groups its words into one, without the quotes", () => {
    expect(tokenizeArguments('add "every Monday at 9:00" Team call')).toEqual(["add", "every Monday at 9:00", "Team", "call"]);
    expect(tokenizeArguments("“every Monday at 9:00” “Team call”")).toEqual(["every Monday at 9:00", "Team call"]);
    expect(tokenizeArguments("„Team call“ now")).toEqual(["Team call", "now"]);
    expect(tokenizeArguments('"" x')).toEqual(["", "x"]);
  });

  it("GIVEN single quotes THEN they group where a word ends with the closing one, and are apostrophes otherwise", () => {
    expect(tokenizeArguments("'Sam's group' meets")).toEqual(["Sam's group", "meets"]);
    expect(tokenizeArguments("‘Family Partner 101’, today")).toEqual(["Family Partner 101,", "today"]);
    expect(tokenizeArguments("Log last month's hours")).toEqual(["Log", "last", "month's", "hours"]);
    expect(tokenizeArguments("the parents' night")).toEqual(["the", "parents'", "night"]);
    expect(tokenizeArguments("'90s music")).toEqual(["'90s", "music"]);
    expect(tokenizeArguments("don’t forget")).toEqual(["don’t", "forget"]);
  });

  it("GIVEN a quote inside a word THEN it stays as typed", () => {
    expect(tokenizeArguments('a 12" ruler')).toEqual(["a", '12"', "ruler"]);
  });

  it("GIVEN words THEN each says whether it was quoted and where it stood", () => {
    expect(readArguments('go "a b" c')).toEqual([
      { text: "go", quoted: false, start: 0, end: 2 },
      { text: "a b", quoted: true, start: 3, end: 8 },
      { text: "c", quoted: false, start: 9, end: 10 },
    ]);
  });

  it("GIVEN a double quote never closed THEN a user error says where it opened and how to quote", () => {
    for (const text of ['add "every Monday at 9:00 Team call', "“every Monday"]) {
      const error = (() => {
        try {
          readArguments(text);
        } catch (err) {
          return err;
        }
      })() as UserError;
      expect(error).toBeInstanceOf(UserError);
      expect(error.code).toBe("arguments.unbalanced-quote");
      expect(error.message).toMatch(/never closed\. Put a quote at both ends of the words that belong together, e\.g\. "every Monday at 9:00"/);
    }
  });

  it("GIVEN free text THEN its own quotes stay, and text wholly in one pair of quotes loses them", () => {
    expect(unquoteFreeText('Read the "Family Guide" tonight')).toBe('Read the "Family Guide" tonight');
    expect(unquoteFreeText("  “Team call”  ")).toBe("Team call");
    expect(unquoteFreeText('"a" and "b"')).toBe('"a" and "b"');
    expect(unquoteFreeText('She said "no')).toBe('She said "no');
  });
});
