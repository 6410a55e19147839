import { once } from "node:events";
import { createServer, type Server } from "node:http";
import { answerHealthCheck, HEALTH_CHECK_PATH } from "./health-check-route.js";

/**
 * Socket Mode has no HTTP listener of its own, but a container platform still probes a port: this one answers
 * /healthz alone (404 for anything else). Resolves once listening, so a taken port stops the start with its error.
 */
export async function startHealthServer(options: { port: number; host?: string; isReady: () => boolean }): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://health").pathname;
    if (path === HEALTH_CHECK_PATH && (req.method === "GET" || req.method === "HEAD")) return answerHealthCheck(res, options.isReady());
    res.writeHead(404).end();
  });
  server.listen(options.port, options.host);
  // once() rejects on an 'error' event: EADDRINUSE reaches the caller.
  await once(server, "listening");
  return server;
}

export async function stopHealthServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
