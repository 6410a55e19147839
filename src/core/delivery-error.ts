/**
 * A platform refused or could not take a message. `retriable` says whether sending the same message later may work
 * (rate limit, outage, network) or not (unknown channel, bot not allowed): the scheduler retries only the first kind.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly target: string,
    readonly retriable: boolean,
    /** How long the platform asked us to wait, when it said (Slack's Retry-After). */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DeliveryError";
  }
}
