import { z } from "zod";
import { loadStateRegistry } from "../registry-files/load-state-registry.js";
import type { Jurisdiction } from "../core/knowledge/knowledge-entry.js";

// JSON's null means "not given", as in most JSON APIs: `"state": null` is no state, not a bad line.
const batchLine = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  question: z.string().trim().min(1, "a non-empty question"),
  // Checked against states.json by the CLI, which has the registry.
  state: z.string().nullish(),
});

export type BatchLine =
  | { ok: true; id?: string | number; question: string; state?: Jurisdiction }
  | { ok: false; id?: string | number; error: string };

/** One line of `npm run ask -- --batch FILE`; a bad line becomes an error naming its line number, never a thrown batch. */
export function parseBatchLine(line: string, lineNumber: number, jurisdictions: readonly string[] = loadStateRegistry().jurisdictions): BatchLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, error: `line ${lineNumber}: not valid JSON; expected {"id", "question", "state"?}` };
  }
  const parsed = batchLine.refine((l) => l.state == null || jurisdictions.includes(l.state), { path: ["state"], message: `not one of ${jurisdictions.join(", ")}` }).safeParse(json);
  if (parsed.success) {
    const { id, question, state } = parsed.data;
    return { ok: true, question, ...(id != null ? { id } : {}), ...(state != null ? { state } : {}) };
  }
  const rawId = (json as { id?: unknown } | null)?.id;
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    ...(typeof rawId === "string" || typeof rawId === "number" ? { id: rawId } : {}),
    error: `line ${lineNumber}: field '${issue?.path.join(".") || "(line)"}': ${issue?.message}; expected {"id", "question", "state"?: a code from states.json}`,
  };
}
