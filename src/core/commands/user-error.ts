import type { ErrorReply } from "../reply.js";

/**
 * An expected failure the user can fix: a code for tests and logs, and a message that says what was wrong
 * and how to do it right. Anything else thrown is a fault.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "UserError";
  }

  toReply(): ErrorReply {
    return { kind: "error", code: this.code, text: this.message, ephemeral: true };
  }
}
