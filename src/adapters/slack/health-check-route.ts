import type { ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";

export const HEALTH_CHECK_PATH = "/healthz";

/** 200 once the app takes requests and is not stopping, else 503: what a container platform's health check reads. */
export function answerHealthCheck(res: ServerResponse, ready: boolean): void {
  res.writeHead(ready ? 200 : 503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(ready ? "ok\n" : "starting or stopping\n");
}

/** HTTP mode: the health check on Bolt's own listener, beside /slack/events. */
export function healthCheckRoute(isReady: () => boolean): CustomRoute {
  return {
    path: HEALTH_CHECK_PATH,
    method: ["GET", "HEAD"],
    handler: (_req, res) => answerHealthCheck(res, isReady()),
  };
}
