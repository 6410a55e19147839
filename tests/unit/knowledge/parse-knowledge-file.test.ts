import { describe, expect, it } from "vitest";
import { parseKnowledgeEntries } from "../../../src/knowledge-files/load-knowledge-entries.js";
import { parseKnowledgeFile } from "../../../src/knowledge-files/parse-knowledge-file.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";

const entry = (frontMatter: string, body = "No. The rule.\n\n## Instead\nAsk your supervisor.\n\n## Why\nBecause.") =>
  `---\n${frontMatter}\n---\n${body}\n`;
const VALID = `id: mt-example
title: An example
kind: scope
verdict: not_allowed
jurisdiction: MT
source: mt-family-peer-support-toolkit
section: Code of Ethics
phrasings: [Can I do the example?]`;

describe("knowledge file parsing", () => {
  it("GIVEN a valid entry THEN the body splits into rule, instead and why", () => {
    const parsed = parseKnowledgeFile("mt/example.md", entry(VALID));
    expect(parsed).toMatchObject({ id: "mt-example", rule: "No. The rule.", instead: "Ask your supervisor.", why: "Because.", keywords: [] });
  });

  it("GIVEN a scope entry without a verdict THEN the error names the file and field", () => {
    expect(() => parseKnowledgeFile("mt/example.md", entry(VALID.replace("verdict: not_allowed\n", "")))).toThrow(
      /mt\/example\.md: field 'verdict'/,
    );
  });

  it("GIVEN a source document or state states.json does not list THEN the error names the file, the field and the registry", () => {
    const load = (text: string) => () => parseKnowledgeEntries([{ file: "x.md", text }], loadStateRegistry());
    expect(load(entry(VALID.replace("mt-family-peer-support-toolkit", "mt-toolkit")))).toThrow(/x\.md: field 'source': 'mt-toolkit' is not a document in states\.json/);
    expect(load(entry(VALID.replace("jurisdiction: MT", "jurisdiction: TX")))).toThrow(/x\.md: field 'jurisdiction': 'TX' is not one of MT, CA, NC, national, general/);
  });

  it("GIVEN an unexpected front-matter key THEN the load fails rather than ignoring it", () => {
    expect(() => parseKnowledgeFile("x.md", entry(`${VALID}\nverdcit: allowed`))).toThrow(/x\.md/);
  });

  it("GIVEN an unknown body heading THEN the error says which headings exist", () => {
    expect(() => parseKnowledgeFile("x.md", entry(VALID, "No.\n\n## Notes\nx"))).toThrow(/'## Instead' or '## Why'/);
  });

  it("GIVEN no front matter THEN the error says how an entry starts", () => {
    expect(() => parseKnowledgeFile("x.md", "just text")).toThrow(/front matter/);
  });
});
