import { DISCORD_MAX_CUSTOM_ID } from "./discord-limits.js";

/** A Porchlight modal's custom_id is this prefix, the id of the interaction that opened it, and the form's command. */
const FORM_PREFIX = "form:";

export interface DiscordFormId {
  /** The interaction that opened the modal: every submission of that modal carries it, so it stores once. */
  openedBy: string;
  command: string;
}

/**
 * Discord modals have no private_metadata: the custom_id is all a submission brings back, so it carries the command
 * (the form itself is what that command shows when run bare). Undefined when it would pass 100 characters.
 */
export function formCustomId(id: DiscordFormId): string | undefined {
  const customId = `${FORM_PREFIX}${id.openedBy}:${id.command}`;
  return customId.length <= DISCORD_MAX_CUSTOM_ID ? customId : undefined;
}

export function parseFormCustomId(customId: string): DiscordFormId | undefined {
  const match = /^form:(\d+):(\/.+)$/.exec(customId);
  return match ? { openedBy: match[1]!, command: match[2]! } : undefined;
}
