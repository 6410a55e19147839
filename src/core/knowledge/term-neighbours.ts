import { TERM_NEIGHBOURS } from "./generated/term-neighbours.js";

let table: Map<string, string[]> | undefined;

/**
 * The knowledge base's words nearest in meaning to a search term no entry has ("bracelet" -> necklace), from the
 * generated table; none for a word the table does not hold. Parsed at first use: most processes ask nothing.
 */
export function neighboursOf(term: string): readonly string[] {
  table ??= new Map(
    TERM_NEIGHBOURS.split("\n")
      .filter(Boolean)
      .map((line) => {
        const [key, ...words] = line.split(" ");
        return [key!, words];
      }),
  );
  return table.get(term) ?? [];
}
