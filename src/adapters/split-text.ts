/** Splits `text` into pieces of at most `max` characters, at a line break where there is one, so long lists stay whole. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const lineBreak = rest.lastIndexOf("\n", max);
    const cut = lineBreak > 0 ? lineBreak : max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(lineBreak > 0 ? cut + 1 : cut);
  }
  pieces.push(rest);
  return pieces;
}
