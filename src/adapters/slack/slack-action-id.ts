/** Every Porchlight button's action_id starts with this; the button's value is the command it runs. */
const RUN_COMMAND_ACTION_PREFIX = "porchlight.run.";

/** Slack wants action_ids unique within a message, so each button gets its position appended. */
export function runCommandActionId(index: number): string {
  return `${RUN_COMMAND_ACTION_PREFIX}${index}`;
}

export const RUN_COMMAND_ACTION_PATTERN = /^porchlight\.run\.\d+$/;
