/** One schema change. Versions are applied in order, each once, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
