import { webApi } from "@slack/bolt";
import type { SlackSettings } from "./slack-settings.js";

/** Two quick retries on network failures, then reject: the default (ten retries over half an hour) would hold a message hostage. */
export const SLACK_CLIENT_RETRY = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 };

/**
 * The Web API client the messenger posts with. Rate limits reject at once (instead of the client sleeping for up to
 * half an hour) so the scheduler sees a retriable error; network failures get two quick retries, then reject.
 */
export function createSlackWebClient(settings: Pick<SlackSettings, "botToken" | "apiUrl">): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, {
    rejectRateLimitedCalls: true,
    retryConfig: SLACK_CLIENT_RETRY,
    logLevel: webApi.LogLevel.ERROR,
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
  });
}
