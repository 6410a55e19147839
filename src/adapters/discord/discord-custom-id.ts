import { DISCORD_MAX_CUSTOM_ID } from "./discord-limits.js";

/** A Porchlight button's custom_id is this prefix and the command it runs. */
const RUN_PREFIX = "run:";

/** The custom_id for a button running `command`, or undefined when it would not fit Discord's 100 characters. */
export function runCommandCustomId(command: string): string | undefined {
  const id = `${RUN_PREFIX}${command}`;
  return id.length <= DISCORD_MAX_CUSTOM_ID ? id : undefined;
}

/** The command a button's custom_id carries, or undefined for a button that is not ours. */
export function commandFromCustomId(customId: string): string | undefined {
  return customId.startsWith(RUN_PREFIX) ? customId.slice(RUN_PREFIX.length) : undefined;
}
