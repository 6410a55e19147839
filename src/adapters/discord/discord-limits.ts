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
/** Discord: a button's custom_id is at most 100 characters, its label 80. */
export const DISCORD_MAX_CUSTOM_ID = 100;
export const DISCORD_MAX_BUTTON_LABEL = 80;
/** Discord: at most 5 buttons per action row and 5 rows per message. */
export const DISCORD_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
