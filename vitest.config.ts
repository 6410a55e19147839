import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Integration tests open real SQLite files and real sockets; keep them isolated per file.
    pool: "forks",
    testTimeout: 20_000,
  },
});
