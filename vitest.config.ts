import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Integration tests open real SQLite files and real sockets; keep them isolated per file.
    pool: "forks",
    // A real PostgreSQL server for the contract and replica tests (see tests/support/postgres-server.ts).
    globalSetup: ["tests/support/postgres-global-setup.ts"],
    testTimeout: 20_000,
  },
});
