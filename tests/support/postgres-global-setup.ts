import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One PostgreSQL server for the whole run, started before any test file and stopped after the last. */
export default async function setup(project: TestProject) {
  const server = await startTestPostgres(process.env);
  console.log(`PostgreSQL for the tests: ${server.origin}`);
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
