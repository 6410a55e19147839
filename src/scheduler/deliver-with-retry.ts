import type { Delivery } from "../core/commands/command-outcome.js";
import { DeliveryError } from "../core/delivery-error.js";
import type { Messenger } from "../core/messenger.js";

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; each later wait is four times longer. */
  baseDelayMs: number;
  /** A platform's "retry after" longer than this is not waited for within one tick. */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export type DeliveryResult = { ok: true; attempts: number } | { ok: false; attempts: number; errorCode: string };

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Posts, retrying with exponential backoff; a rate limit's own retry-after wins when it is longer. A DeliveryError
 * marked not retriable (unknown channel, bot not invited) stops at once: waiting will not help.
 */
export async function deliverWithRetry(messenger: Messenger, delivery: Delivery, policy: RetryPolicy): Promise<DeliveryResult> {
  let errorCode = "unknown";
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      await messenger.deliver(delivery);
      return { ok: true, attempts: attempt };
    } catch (err) {
      errorCode = errorCodeOf(err);
      if (attempt === policy.attempts || (err instanceof DeliveryError && !err.retriable)) return { ok: false, attempts: attempt, errorCode };
      const backoff = policy.baseDelayMs * 4 ** (attempt - 1);
      await policy.sleep(Math.min(policy.maxDelayMs, Math.max(backoff, retryAfterMs(err) ?? 0)));
    }
  }
  return { ok: false, attempts: policy.attempts, errorCode };
}

/**
 * Something safe to log and show admins, never the post itself: a DeliveryError's message (the adapters write it
 * as the platform's reason, e.g. "Slack refused: not_in_channel"), else `code`, else the error's name.
 */
function errorCodeOf(err: unknown): string {
  if (err instanceof DeliveryError) return err.message;
  if (err && typeof err === "object") {
    const { code, name } = err as { code?: unknown; name?: unknown };
    if (typeof code === "string" || typeof code === "number") return String(code);
    if (typeof name === "string") return name;
  }
  return "unknown";
}

/** Slack's WebAPIRateLimitedError carries `retryAfter` in seconds; a Messenger may also set `retryAfterMs`. */
function retryAfterMs(err: unknown): number | undefined {
  if (!err || typeof err !== "object") return undefined;
  const { retryAfterMs, retryAfter } = err as { retryAfterMs?: unknown; retryAfter?: unknown };
  if (typeof retryAfterMs === "number") return retryAfterMs;
  if (typeof retryAfter === "number") return retryAfter * 1000;
  return undefined;
}
