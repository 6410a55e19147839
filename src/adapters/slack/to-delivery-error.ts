import { webApi } from "@slack/bolt";
import { DeliveryError } from "../../core/delivery-error.js";

// Slack platform errors that mean "try again later", not "this message can never be sent".
const RETRIABLE_PLATFORM_ERRORS = new Set(["ratelimited", "service_unavailable", "internal_error", "fatal_error", "request_timeout"]);

/** A Slack Web API failure as a DeliveryError the scheduler can act on: rate limits, outages and network errors retry. */
export function toDeliveryError(err: unknown, target: string): DeliveryError {
  const { ErrorCode } = webApi;
  const coded = err as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (coded.code) {
    case ErrorCode.RateLimitedError:
      return new DeliveryError(`Slack rate limit, retry after ${coded.retryAfter}s`, target, true, (coded.retryAfter ?? 1) * 1000, { cause: err });
    case ErrorCode.PlatformError: {
      const code = coded.data?.error ?? "unknown_error";
      return new DeliveryError(`Slack refused: ${code}`, target, RETRIABLE_PLATFORM_ERRORS.has(code), undefined, { cause: err });
    }
    case ErrorCode.HTTPError:
      return new DeliveryError(`Slack HTTP ${coded.statusCode}`, target, (coded.statusCode ?? 500) >= 500, undefined, { cause: err });
    default:
      return new DeliveryError(`Slack unreachable: ${err instanceof Error ? err.message : String(err)}`, target, true, undefined, { cause: err });
  }
}
