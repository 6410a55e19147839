import type { Messenger } from "../core/messenger.js";

/**
 * One chat platform as main runs it, the shape of bolt-js's Receiver: its factory is `init`, then start and stop.
 * `deliver` (from Messenger) sends what is not a command's own reply, a direct message or a channel post, to a key
 * of this platform; it works before start, so the scheduler can be wired first.
 */
export interface ChatAdapter extends Messenger {
  /** The prefix of the keys it serves: `slack` in `slack:U024BE7LH`. */
  readonly platform: string;
  /** Resolves once requests can arrive (HTTP listening, Socket Mode hello, gateway READY). */
  start(): Promise<unknown>;
  /** Stops taking requests; safe to call when it never started. */
  stop(): Promise<void>;
}
