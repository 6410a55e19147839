import type { IncomingMessage } from "node:http";
import type { RecordedRequest } from "./recorded-requests.js";

/** Reads and parses a request the way the real service would: form, JSON or multipart (via fetch's own parser). */
export async function readRequest(req: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers["content-type"] ?? "");
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  let body: Record<string, unknown> = {};
  if (type.includes("application/json") && raw.length > 0) body = JSON.parse(raw.toString("utf8"));
  else if (type.includes("application/x-www-form-urlencoded")) body = Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  else if (type.includes("multipart/form-data")) body = await parseMultipart(raw, type);
  return { method: req.method ?? "GET", path: url.pathname, headers: req.headers, body };
}

async function parseMultipart(raw: Buffer, type: string): Promise<Record<string, unknown>> {
  const form = await new Response(raw, { headers: { "content-type": type } }).formData();
  const fields: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    fields[name] = typeof value === "string" ? value : { fileName: value.name, text: await value.text() };
  }
  return fields;
}
