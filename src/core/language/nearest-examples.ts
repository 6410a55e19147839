/**
 * The examples nearest a message by the cosine of their tf-idf term vectors: a term few examples have says more of
 * what a message is about than one most have. Built once from the examples' distinct terms; a lookup walks only the
 * examples sharing a term with the message, so it costs microseconds, not a pass over every example.
 */
export interface NearestExamples {
  /** Up to `count` examples sharing a term with `terms`, most similar first: [example index, cosine similarity]. */
  nearest(terms: readonly string[], count: number): [number, number][];
}

interface Posting {
  idf: number;
  examples: Uint32Array;
  /** The term's weight in each of those examples' unit vectors. */
  weights: Float64Array;
}

export function indexExamples(examples: readonly (readonly string[])[]): NearestExamples {
  const documentFrequency = new Map<string, number>();
  for (const terms of examples) for (const t of terms) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log((examples.length + 1) / ((documentFrequency.get(t) ?? 0) + 1));
  const lists = new Map<string, { examples: number[]; weights: number[] }>();
  examples.forEach((terms, example) => {
    const norm = Math.sqrt(terms.reduce((sum, t) => sum + idf(t) ** 2, 0)) || 1;
    for (const t of terms) {
      if (!lists.has(t)) lists.set(t, { examples: [], weights: [] });
      lists.get(t)!.examples.push(example);
      lists.get(t)!.weights.push(idf(t) / norm);
    }
  });
  const postings = new Map<string, Posting>([...lists].map(([t, l]) => [t, { idf: idf(t), examples: Uint32Array.from(l.examples), weights: Float64Array.from(l.weights) }]));
  // A term no example has still makes the message longer, so it counts in the message's norm as the rarest term would.
  const unseenIdf = Math.log(examples.length + 1);
  const similarity = new Float64Array(examples.length);

  return {
    nearest(terms, count) {
      const found = terms.map((term) => postings.get(term));
      const norm = Math.sqrt(found.reduce((sum, p) => sum + (p?.idf ?? unseenIdf) ** 2, 0)) || 1;
      const touched: number[] = [];
      for (const posting of found) {
        if (!posting) continue;
        const weight = posting.idf / norm;
        for (let i = 0; i < posting.examples.length; i++) {
          const example = posting.examples[i]!;
          if (similarity[example] === 0) touched.push(example);
          similarity[example]! += weight * posting.weights[i]!;
        }
      }
      const best = mostSimilar(touched, similarity, count).map((example): [number, number] => [example, similarity[example]!]);
      for (const example of touched) similarity[example] = 0;
      return best;
    },
  };
}

/** The `count` most similar of the touched examples, most similar first, without sorting all of them. */
function mostSimilar(touched: number[], similarity: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (const example of touched) {
    if (best.length === count && similarity[example]! <= similarity[best[count - 1]!]!) continue;
    let at = Math.min(best.length, count - 1);
    while (at > 0 && similarity[best[at - 1]!]! < similarity[example]!) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = example;
  }
  return best;
}
