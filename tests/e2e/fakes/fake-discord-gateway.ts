import type { Server } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";

export const FAKE_APPLICATION_ID = "100000000000000001";
const FAKE_BOT_ID = "100000000000000002";

/**
 * Discord's gateway on the fake's HTTP server (`/gw`), plain JSON: HELLO, READY on IDENTIFY, heartbeat ACKs,
 * and `dispatch()` to push events such as INTERACTION_CREATE to the connected client.
 */
export class FakeDiscordGateway {
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private sequence = 0;

  constructor(server: Server) {
    this.wss = new WebSocketServer({ server, path: "/gw" });
    this.wss.on("connection", (socket) => {
      this.socket = socket;
      socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
      socket.on("message", (raw) => {
        const message = JSON.parse(String(raw)) as { op: number };
        if (message.op === 1) socket.send(JSON.stringify({ op: 11 }));
        // No guilds, so discord.js is ready at once instead of waiting for GUILD_CREATEs.
        if (message.op === 2) {
          this.dispatch("READY", {
            v: 10,
            user: { id: FAKE_BOT_ID, username: "porchlight", discriminator: "0", avatar: null, bot: true },
            guilds: [],
            session_id: "fake-session",
            resume_gateway_url: "ws://127.0.0.1:1/gw",
            application: { id: FAKE_APPLICATION_ID, flags: 0 },
          });
        }
      });
    });
  }

  /** When each interaction was sent, so the API can refuse a first response later than Discord's 3 s. */
  readonly interactionSentAt = new Map<string, number>();

  dispatch(type: string, data: unknown): void {
    if (!this.socket) throw new Error("no gateway client connected");
    if (type === "INTERACTION_CREATE") this.interactionSentAt.set((data as { id: string }).id, Date.now());
    this.socket.send(JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data }));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
