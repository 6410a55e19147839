import { existsSync } from "node:fs";
import { configSchema, type RawConfig } from "./config-schema.js";

export type Config = RawConfig;

/** A wrong setting: the message names the variable and what it expects. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Porchlight cannot start, the configuration is wrong:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once; blank values count as unset so a copied .env.example works. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "configuration");
      const value = present[name];
      return `${name}${value === undefined ? "" : ` (is ${JSON.stringify(value)})`}: ${issue.message}`;
    }),
  );
}

/** Reads `.env` (if there is one) into the environment, then parses it. The one place that touches process.env. */
export function loadConfig(envFile = ".env"): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
