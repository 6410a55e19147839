import type { CustomRoute } from "@slack/bolt";

/** What a container platform's health check calls: 200 once the app listens and is not stopping, else 503. */
export function healthCheckRoute(isReady: () => boolean): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET", "HEAD"],
    handler(_req, res) {
      const ok = isReady();
      res.writeHead(ok ? 200 : 503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(ok ? "ok\n" : "starting or stopping\n");
    },
  };
}
