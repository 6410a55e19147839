import { UserError } from "../../src/core/commands/user-error.js";

/** A parser's answer to hostile input: a value, or a UserError with a specific code and words. Anything else fails the property. */
export function valueOrUserError(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    if (!/^[a-z-]+\.[a-z0-9-]+$/.test(err.code) || err.message.trim().length < 10) throw new Error(`vague error ${err.code}: ${err.message}`);
    return true;
  }
}
