/** Slack Block Kit limits, named so the renderer cuts text instead of having the whole message refused. */

/** Slack: at most 50 blocks in one message. */
export const SLACK_MAX_BLOCKS = 50;
/** Slack: a section's text is at most 3000 characters. */
export const SLACK_MAX_SECTION_TEXT = 3000;
/** Slack: a header's plain text is at most 150 characters. */
export const SLACK_MAX_HEADER_TEXT = 150;
/** Slack: an actions block holds at most 25 elements. */
export const SLACK_MAX_ACTIONS = 25;
/** Slack: a button's label is at most 75 characters, its value at most 2000. */
export const SLACK_MAX_BUTTON_TEXT = 75;
export const SLACK_MAX_BUTTON_VALUE = 2000;
/** Slack: a message's top-level text is truncated by Slack beyond 40000 characters; we cut first, visibly. */
export const SLACK_MAX_MESSAGE_TEXT = 40_000;
/** Slack: a view (Home tab or modal) holds at most 100 blocks. */
export const SLACK_MAX_VIEW_BLOCKS = 100;
/** Slack: a modal's title, submit and close labels are at most 24 characters. */
export const SLACK_MAX_MODAL_TITLE = 24;
/** Slack: a view's private_metadata is at most 3000 characters. */
export const SLACK_MAX_PRIVATE_METADATA = 3000;
/** Slack: a plain_text_input holds at most 3000 characters; an input's label at most 2000; a static_select 100 options. */
export const SLACK_MAX_INPUT_LENGTH = 3000;
export const SLACK_MAX_INPUT_LABEL = 2000;
export const SLACK_MAX_SELECT_OPTIONS = 100;
/** Slack: an option's text is at most 75 characters. */
export const SLACK_MAX_OPTION_TEXT = 75;
