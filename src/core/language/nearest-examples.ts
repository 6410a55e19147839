/**
 * The examples nearest a message by the cosine of their tf-idf term vectors: a term few examples have says more of
 * what a message is about than one most have. Built once from the examples' distinct terms; a lookup walks only the
 * examples sharing a term with the message, so it costs microseconds, not a pass over every example.
 */
export interface NearestExamples {
  /** Up to `count` examples sharing a term with `terms`, most similar first: [example index, cosine similarity]. */
  nearest(terms: readonly string[], count: number): [number, number][];
}

export function indexExamples(examples: readonly (readonly string[])[]): NearestExamples {
  const documentFrequency = new Map<string, number>();
  for (const terms of examples) for (const t of terms) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  // One flat run of (example, weight) pairs per term, all terms in two typed arrays: the index stays resident, so it
  // holds no object per term or per example. `start` and `idf` per term index the runs.
  const terms = [...documentFrequency.keys()];
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const idf = Float64Array.from(terms, (t) => Math.log((examples.length + 1) / (documentFrequency.get(t)! + 1)));
  const start = new Uint32Array(terms.length + 1);
  terms.forEach((t, i) => (start[i + 1] = start[i]! + documentFrequency.get(t)!));
  const exampleAt = new Uint32Array(start[terms.length]!);
  const weightAt = new Float32Array(start[terms.length]!);
  const filled = start.slice(0, terms.length);
  examples.forEach((list, example) => {
    const norm = Math.sqrt(list.reduce((sum, t) => sum + idf[termIndex.get(t)!]! ** 2, 0)) || 1;
    for (const t of list) {
      const i = termIndex.get(t)!;
      exampleAt[filled[i]!] = example;
      weightAt[filled[i]!++] = idf[i]! / norm;
    }
  });
  // A term no example has still makes the message longer, so it counts in the message's norm as the rarest term would.
  const unseenIdf = Math.log(examples.length + 1);
  const similarity = new Float64Array(examples.length);

  return {
    nearest(query, count) {
      const found = query.map((term) => termIndex.get(term));
      const norm = Math.sqrt(found.reduce((sum: number, i) => sum + (i === undefined ? unseenIdf : idf[i]!) ** 2, 0)) || 1;
      const touched: number[] = [];
      for (const i of found) {
        if (i === undefined) continue;
        const weight = idf[i]! / norm;
        for (let at = start[i]!; at < start[i + 1]!; at++) {
          const example = exampleAt[at]!;
          if (similarity[example] === 0) touched.push(example);
          similarity[example]! += weight * weightAt[at]!;
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
