/** Discord message limits, named so the renderer fits replies instead of having them refused (50035 Invalid Form Body). */

/** Discord: a message's content is at most 2000 characters. */
export const DISCORD_MAX_CONTENT = 2000;
/** Discord: an embed's description is at most 4096 characters, its title 256. */
export const DISCORD_MAX_EMBED_DESCRIPTION = 4096;
export const DISCORD_MAX_EMBED_TITLE = 256;
/** Discord: an embed has at most 25 fields; a field's name is at most 256 characters, its value 1024. */
export const DISCORD_MAX_EMBED_FIELDS = 25;
export const DISCORD_MAX_FIELD_NAME = 256;
export const DISCORD_MAX_FIELD_VALUE = 1024;
/** Discord: an embed's footer text is at most 2048 characters. */
export const DISCORD_MAX_FOOTER = 2048;
/** Discord: the titles, descriptions, field names and values, footers and authors of all a message's embeds add up to at most 6000 characters. */
export const DISCORD_MAX_EMBEDS_TOTAL = 6000;
/** Discord: a message carries at most 10 embeds. */
export const DISCORD_MAX_EMBEDS = 10;
/** Discord: a button's custom_id is at most 100 characters, its label 80. */
export const DISCORD_MAX_CUSTOM_ID = 100;
export const DISCORD_MAX_BUTTON_LABEL = 80;
/** Discord: at most 5 buttons per action row and 5 rows per message. */
export const DISCORD_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
/**
 * Ours, not Discord's: a reply needing more messages than this is sent as a file instead. Past a few follow-ups a
 * reader scrolls more than they read, and each follow-up is a webhook call under Discord's rate limit.
 */
export const DISCORD_MAX_MESSAGES_PER_REPLY = 5;
/**
 * Discord modals: a title of at most 45 characters, at most 5 top-level components (each a label around one input),
 * a label of 45, a text input's value of 4000 and placeholder of 100, a select's 25 options of 100 characters.
 * discord.js's builders check the same numbers (they throw past them) but export no constants for them.
 */
export const DISCORD_MAX_MODAL_TITLE = 45;
export const DISCORD_MAX_MODAL_COMPONENTS = 5;
export const DISCORD_MAX_MODAL_LABEL = 45;
export const DISCORD_MAX_INPUT_VALUE = 4000;
export const DISCORD_MAX_INPUT_PLACEHOLDER = 100;
export const DISCORD_MAX_SELECT_OPTIONS = 25;
export const DISCORD_MAX_OPTION_TEXT = 100;
