import type { CommandSpec } from "./command-spec.js";

/**
 * Typed platform options (Discord) back into the one argument line the core parses, in spec order:
 * `hours: 2h, kind: work, date: 2026-01-12` becomes `2h work 2026-01-12`. Empty or missing values are skipped.
 */
export function joinCommandOptions(spec: CommandSpec, values: Readonly<Record<string, string | undefined>>): string {
  return spec.options
    .map((option) => values[option.name]?.trim() ?? "")
    .filter((value) => value !== "")
    .join(" ");
}
