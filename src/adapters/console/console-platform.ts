/** The console's platform name, the prefix of its keys: `console:sam`, `console:#network`. */
export const CONSOLE_PLATFORM = "console";
