import type { Readable } from "node:stream";

/**
 * The input's lines, split at "\n" only (a trailing "\r" of a Windows line ending dropped). readline also
 * ends a line at a lone "\r", which turned one typed or pasted line into two commands.
 */
export async function* splitLines(input: Readable): AsyncGenerator<string> {
  let pending = "";
  input.setEncoding("utf8");
  for await (const chunk of chunksUntilClosed(input)) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n", start)) {
      yield withoutCarriageReturn(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  if (pending) yield withoutCarriageReturn(pending);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** The stream's chunks; a stream destroyed on purpose (the adapter stopping) simply ends. */
async function* chunksUntilClosed(input: Readable): AsyncGenerator<string> {
  try {
    for await (const chunk of input as AsyncIterable<string>) yield chunk;
  } catch (err) {
    if ((err as { code?: string }).code !== "ERR_STREAM_PREMATURE_CLOSE") throw err;
  }
}
