import { webApi } from "@slack/bolt";
import type { SlackSettings } from "./slack-settings.js";

/**
 * The Web API client the messenger posts with. Rate limits reject at once (instead of the client sleeping for up to
 * half an hour) so the scheduler sees a retriable error; network failures get two quick retries, then reject.
 */
export function createSlackWebClient(settings: Pick<SlackSettings, "botToken" | "apiUrl">): webApi.WebClient {
  return new webApi.WebClient(settings.botToken, {
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 },
    logLevel: webApi.LogLevel.ERROR,
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
  });
}
