import { describe, expect, it } from "vitest";
import { parseBatchLine } from "../../../src/cli/parse-batch-line.js";

describe("ask --batch lines", () => {
  it("GIVEN null for an optional field THEN it means not given", () => {
    expect(parseBatchLine('{"id":"q1","question":"Can I accept a gift?","state":null}', 1)).toEqual({ ok: true, id: "q1", question: "Can I accept a gift?" });
    expect(parseBatchLine('{"id":null,"question":"Can I accept a gift?","state":"MT"}', 1)).toEqual({ ok: true, question: "Can I accept a gift?", state: "MT" });
  });

  it("GIVEN a bad line THEN an error with its line number and id, not a throw", () => {
    expect(parseBatchLine('{"id":"q7","question":"x","state":"TX"}', 7)).toMatchObject({ ok: false, id: "q7", error: expect.stringMatching(/^line 7: field 'state'/) });
    expect(parseBatchLine('{"id":3}', 3)).toMatchObject({ ok: false, id: 3, error: expect.stringMatching(/^line 3: field 'question'/) });
    expect(parseBatchLine("{not json", 9)).toMatchObject({ ok: false, error: expect.stringMatching(/^line 9: not valid JSON/) });
  });
});
