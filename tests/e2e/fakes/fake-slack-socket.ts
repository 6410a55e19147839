import { WebSocketServer, type WebSocket } from "ws";
import type { FakeSlackApi } from "./fake-slack-api.js";
import { slackMessageError } from "./slack-payload-error.js";

/**
 * Slack's Socket Mode link on the fake API's server (`/link`): says hello on connect, pushes envelopes,
 * and resolves each envelope's ack (`{ envelope_id, payload }`) for the test to inspect.
 */
export class FakeSlackSocket {
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private acks = new Map<string, (payload: unknown) => void>();
  private connected: (() => void) | undefined;

  /** `holdHello`: the link opens but the hello waits for `sayHello()`, as when Slack is slow to confirm it. */
  constructor(api: FakeSlackApi, private readonly options: { holdHello?: boolean } = {}) {
    this.wss = new WebSocketServer({ server: api.server, path: "/link" });
    api.socketUrl = `${api.baseUrl.replace("http", "ws")}/link`;
    this.wss.on("connection", (socket) => {
      this.socket = socket;
      socket.on("message", (raw) => {
        const ack = JSON.parse(String(raw)) as { envelope_id: string; payload?: Record<string, unknown> };
        // An ack carrying a message is shown by Slack as one: past Slack's limits it would be refused.
        const refused = ack.payload && (ack.payload.blocks || ack.payload.text) ? slackMessageError(ack.payload) : undefined;
        if (refused) api.refusals.push({ path: `socket:${ack.envelope_id}`, error: refused });
        this.acks.get(ack.envelope_id)?.(ack.payload);
      });
      if (!this.options.holdHello) this.sayHello();
      this.connected?.();
    });
  }

  /** Resolves once the app has opened the link. */
  linked(): Promise<void> {
    return this.socket ? Promise.resolve() : new Promise((resolve) => (this.connected = resolve));
  }

  sayHello(): void {
    this.socket?.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
  }

  /** Sends an envelope and resolves with the payload the app acked it with. */
  send(envelope: { envelope_id: string; type: string; payload: unknown; accepts_response_payload?: boolean; retry_attempt?: number }): Promise<unknown> {
    if (!this.socket) throw new Error("no Socket Mode client connected");
    const acked = new Promise<unknown>((resolve) => this.acks.set(envelope.envelope_id, resolve));
    this.socket.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
