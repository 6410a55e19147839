/**
 * A generated table of integer scores per word: the words sorted and joined by spaces, the scores base64 of
 * little-endian 16-bit integers, `stride` of them per word in the same order. Words are found by binary search in
 * the one string rather than a Map of 20,000 strings, so the bot's memory stays within its target.
 */
export interface WordScoreTable {
  /** Index of the word's first score in `scores`, or undefined for a word the table lacks. Allocates nothing. */
  rowOf(word: string): number | undefined;
  scores: Int16Array;
}

export function readWordScoreTable(words: string, base64Scores: string, stride: number): WordScoreTable {
  // Filled in place, without intermediate arrays of 20,000 or 140,000 numbers.
  let count = 1;
  for (let i = words.indexOf(" "); i >= 0; i = words.indexOf(" ", i + 1)) count++;
  const starts = new Int32Array(count + 1);
  for (let w = 1, i = words.indexOf(" "); i >= 0; i = words.indexOf(" ", i + 1)) starts[w++] = i + 1;
  starts[count] = words.length + 1;
  const scores = int16sOf(base64Scores);

  /** The order of `word` against words[from, to), by UTF-16 code units as JavaScript's sort wrote them. */
  const compareAt = (word: string, from: number, to: number) => {
    const length = Math.min(word.length, to - from);
    for (let i = 0; i < length; i++) {
      const difference = word.charCodeAt(i) - words.charCodeAt(from + i);
      if (difference !== 0) return difference;
    }
    return word.length - (to - from);
  };

  return {
    scores,
    rowOf(word) {
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const order = compareAt(word, starts[middle]!, starts[middle + 1]! - 1);
        if (order === 0) return middle * stride;
        if (order < 0) high = middle - 1;
        else low = middle + 1;
      }
      return undefined;
    },
  };
}

/** Writes scores as readWordScoreTable reads them, clamped to 16 bits. */
/** The integers int16Base64 wrote. */
export function int16sOf(base64: string): Int16Array {
  const bytes = Buffer.from(base64, "base64");
  const values = new Int16Array(bytes.length / 2);
  for (let i = 0; i < values.length; i++) values[i] = bytes.readInt16LE(i * 2);
  return values;
}

export function int16Base64(values: readonly number[]): string {
  const bytes = Buffer.alloc(values.length * 2);
  values.forEach((v, i) => bytes.writeInt16LE(Math.max(-32768, Math.min(32767, v)), i * 2));
  return bytes.toString("base64");
}
