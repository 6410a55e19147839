/**
 * `table[key]` for a key a person typed: only the table's own entries, so "__proto__" or "constructor" names
 * nothing instead of an Object built-in.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
