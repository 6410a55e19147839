import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openMemoryStores } from "../../src/storage/memory/open-memory-stores.js";
import { openSqliteStores } from "../../src/storage/open-sqlite-stores.js";
import { openPostgresStores } from "../../src/storage/postgres/open-postgres-stores.js";
import type { Stores } from "../../src/storage/stores.js";
import { createTestSchema } from "../support/postgres-test-database.js";

export type { Stores };

/** One engine's stores over a fresh, empty database, opened as production opens them (migrations included). */
export interface StoreImplementation {
  name: string;
  open(): Promise<Stores & { close(): Promise<void> }>;
}

const memory: StoreImplementation = {
  name: "in-memory",
  async open() {
    const stores = openMemoryStores();
    return { ...stores, close: async () => undefined };
  },
};

const sqlite: StoreImplementation = {
  name: "SQLite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "porchlight-contract-"));
    const stores = openSqliteStores(join(dir, "porchlight.db"), { synchronous: "NORMAL" });
    return {
      ...stores,
      async close() {
        stores.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

// A real server (see tests/support/postgres-server.ts), a fresh schema per test.
const postgres: StoreImplementation = {
  name: "PostgreSQL",
  async open() {
    const schema = await createTestSchema();
    const stores = await openPostgresStores(schema.url, { poolSize: 8 });
    return {
      ...stores,
      async close() {
        await stores.close();
        await schema.drop();
      },
    };
  },
};

/** The implementations every contract suite runs against. */
export const storeImplementations: StoreImplementation[] = [memory, sqlite, postgres];
