import { ConfigError, type Config } from "./config.js";

/**
 * The people and channels the configuration names (`platform:id` in ADMINS, QUESTIONS_CHANNEL and CHANNELS) must
 * belong to a platform this build registers. The schema only checks the shape: which platforms exist is known once
 * the adapters are registered, and a key for an unknown one would otherwise fail silently, its posts going nowhere.
 */
export function requireRegisteredPlatforms(config: Config, platforms: readonly string[]): void {
  const problems: string[] = [];
  const check = (setting: string, key: string): void => {
    const platform = key.slice(0, key.indexOf(":"));
    if (platforms.includes(platform)) return;
    problems.push(
      `${setting} (is ${JSON.stringify(key)}): "${platform}" is not a platform this build runs; write platform:id with one of ${platforms.join(", ")}, e.g. ${platforms[0]}:${key.slice(platform.length + 1)}`,
    );
  };
  for (const admin of config.ADMINS) check("ADMINS", admin);
  if (config.QUESTIONS_CHANNEL) check("QUESTIONS_CHANNEL", config.QUESTIONS_CHANNEL);
  for (const keys of Object.values(config.CHANNELS)) for (const key of keys) check("CHANNELS", key);
  if (problems.length > 0) throw new ConfigError(problems);
}
