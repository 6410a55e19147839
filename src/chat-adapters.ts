import type { AdapterRegistration } from "./adapters/adapter-registration.js";
import type { ChatAdapter } from "./adapters/chat-adapter.js";
import { CONSOLE_PLATFORM } from "./adapters/console/console-platform.js";
import { createConsoleAdapter, type ConsoleAdapter, type ConsoleAdapterOptions } from "./adapters/console/console-adapter.js";
import { createRequestPipeline } from "./adapters/request-pipeline.js";
import type { Config } from "./config/config.js";
import { requireRegisteredPlatforms } from "./config/require-registered-platforms.js";
import type { CommandSpec } from "./core/commands/command-spec.js";
import type { Messenger } from "./core/messenger.js";
import type { Services } from "./services/create-services.js";

export interface ChatAdaptersOptions {
  /** The platforms this build knows; those the configuration turns on are created. */
  registrations: readonly AdapterRegistration[];
  specs: CommandSpec[];
  console: Omit<ConsoleAdapterOptions, "pipeline" | "commandNames">;
}

/** The adapters the configuration turns on, all on one request pipeline, and one messenger routing to them by key. */
export interface ChatAdapters {
  /** The platforms taking requests: the configured ones, else `console`. */
  names: string[];
  /** Routes each delivery by its key's platform; works before start, so the scheduler can use it at once. */
  messenger: Messenger;
  /** Always there: `console:` keys print on it, and it takes requests when no platform is configured. */
  console: ConsoleAdapter;
  start(): Promise<void>;
  /** Stops taking requests; safe to call when nothing started. */
  stop(): Promise<void>;
}

export async function createChatAdapters(config: Config, services: Services, options: ChatAdaptersOptions): Promise<ChatAdapters> {
  // The services' messenger routes to the adapters registered below: it looks keys up per delivery.
  const { messenger } = services;
  const pipeline = createRequestPipeline({
    dispatcher: services.dispatcher,
    messenger,
    isAdmin: services.isAdmin,
    now: services.now,
    logger: services.logger,
  });
  // The console is always there: its keys are valid whatever else is registered.
  requireRegisteredPlatforms(config, [...options.registrations.map((r) => r.platform), CONSOLE_PLATFORM]);
  const context = { pipeline, logger: services.logger, specs: options.specs, suggester: services.suggester };

  const platforms: ChatAdapter[] = [];
  for (const registration of options.registrations.filter((r) => r.enabled(config))) {
    const adapter = await registration.create(config, context);
    platforms.push(adapter);
    services.registerMessenger(adapter.platform, adapter);
  }
  const console = createConsoleAdapter({ ...options.console, pipeline, commandNames: services.dispatcher.commandNames() });
  services.registerMessenger(console.platform, console);
  const taking = platforms.length > 0 ? platforms : [console];

  return {
    names: taking.map((a) => a.platform),
    messenger,
    console,
    async start() {
      await Promise.all(taking.map((a) => a.start()));
    },
    async stop() {
      await Promise.allSettled(taking.map((a) => a.stop()));
    },
  };
}
