import type { Config } from "../config/config.js";
import type { CommandSpec } from "../core/commands/command-spec.js";
import type { AdapterDeps } from "./adapter-deps.js";
import type { ChatAdapter } from "./chat-adapter.js";

/** What every adapter is built with: the shared pipeline, the logger and the command specs (for listeners and menus). */
export interface AdapterContext extends AdapterDeps {
  specs: CommandSpec[];
}

/** A platform Porchlight can run on: adding one is a registration in the list main reads, and nothing in the core. */
export interface AdapterRegistration {
  /** The key prefix its people and channels carry (`slack` in `slack:U024BE7LH`). */
  platform: string;
  /** Whether the configuration turns it on (e.g. its token is set). */
  enabled(config: Config): boolean;
  /** Builds the adapter; registrations import their client library here, so a platform that is off costs nothing. */
  create(config: Config, context: AdapterContext): Promise<ChatAdapter>;
}
