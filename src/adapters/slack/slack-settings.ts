/** The Slack part of the configuration, as the adapter needs it. */
export interface SlackSettings {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode when present: no public URL needed. */
  appToken?: string;
  /** Another Web API base (GovSlack `https://slack-gov.com/api/`, or a loopback fake in tests). */
  apiUrl?: string;
  /** HTTP mode's listening port (0 picks a free one). */
  port: number;
  /** Socket Mode: /healthz is served on this port when set (PORT or SLACK_PORT); HTTP mode serves it on `port`. */
  healthPort?: number;
  /** HTTP mode's (and the Socket Mode health check's) listening host; all interfaces unless set. */
  host?: string;
}
