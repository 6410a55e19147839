import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { botMessage } from "./bot-message.js";
import { discordMessageErrors, discordModalErrors, type DiscordFormError } from "./discord-payload-errors.js";
import { FakeDiscordGateway } from "./fake-discord-gateway.js";
import { readRequest } from "./read-request.js";
import { RecordedRequests, type RecordedRequest } from "./recorded-requests.js";

const NOT_FOUND = Symbol("not found");

/**
 * Discord's REST API (`/api/v10/...`) and gateway on 127.0.0.1, just what Porchlight uses: gateway/bot,
 * interaction callbacks, the original-response and follow-up webhooks, DM channels, channel messages and command registration.
 * Like Discord, it refuses messages and modals past the platform's limits (see discord-payload-errors.ts).
 */
export class FakeDiscordApi {
  readonly requests = new RecordedRequests();
  readonly server: Server = createServer((req, res) => void this.handle(req, res));
  readonly gateway = new FakeDiscordGateway(this.server);
  /** Requests refused for passing Discord's limits, with Discord's error; a test expects none. */
  readonly refusals: { path: string; error: DiscordFormError }[] = [];
  private failures = new Map<string, { status: number; body: unknown }[]>();
  private messages = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  failNext(path: string, status: number, body: unknown): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), { status, body }]);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readRequest(req);
    this.requests.add(request);
    const failure = this.failures.get(request.path)?.shift();
    if (failure) {
      res.writeHead(failure.status, { "content-type": "application/json" }).end(JSON.stringify(failure.body));
      return;
    }
    // Discord: an interaction's first response after 3 s is refused with 10062 Unknown interaction.
    const late = /\/interactions\/(\d+)\/[^/]+\/callback$/.exec(request.path);
    const sentAt = late ? this.gateway.interactionSentAt.get(late[1]!) : undefined;
    if (sentAt !== undefined && Date.now() - sentAt > 3_000) {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Unknown interaction", code: 10062 }));
      return;
    }
    // Discord refuses a payload past its limits, as the real API does: 400, code 50035 Invalid Form Body.
    const refused = payloadErrors(request);
    if (refused) {
      this.refusals.push({ path: request.path, error: refused });
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(refused));
      return;
    }
    const answer = this.answer(request);
    if (answer === NOT_FOUND) res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "404: Not Found", code: 0 }));
    else if (answer === undefined) res.writeHead(204).end();
    else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  }

  private answer(request: RecordedRequest): unknown {
    const path = request.path.replace(/^\/api\/v10/, "");
    const port = (this.server.address() as AddressInfo).port;
    if (path === "/gateway/bot") {
      return { url: `ws://127.0.0.1:${port}/gw`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } };
    }
    if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return undefined;
    if (path === "/users/@me/channels") return { id: `9${String(request.body.recipient_id)}`, type: 1 };
    const channelMessage = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channelMessage || /\/messages\/(%40|@)original$/.test(path)) return this.message(channelMessage?.[1] ?? "1", request);
    // An interaction's follow-up message (after update() answered a button by editing its post).
    if (/^\/webhooks\/\d+\/[^/]+$/.test(path)) return this.message("1", request);
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return request.body;
    return NOT_FOUND;
  }

  private message(channelId: string, request: RecordedRequest): unknown {
    const payload = payloadOf(request) as { content?: string; embeds?: unknown[] };
    return botMessage(String(200000000000000000n + BigInt(++this.messages)), channelId, payload.content ?? "", payload.embeds ?? []);
  }
}

/** The payload a message-carrying request sends (JSON, or multipart's payload_json beside the files). */
function payloadOf(request: RecordedRequest): Record<string, unknown> {
  return typeof request.body.payload_json === "string" ? JSON.parse(request.body.payload_json) : request.body;
}

function payloadErrors(request: RecordedRequest): DiscordFormError | undefined {
  const path = request.path.replace(/^\/api\/v10/, "");
  const hasFiles = Object.keys(request.body).some((k) => k.startsWith("files["));
  if (request.method === "POST" && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
    const { type, data } = payloadOf(request) as { type: number; data?: Record<string, unknown> };
    if (type === 9) return discordModalErrors(data ?? {});
    return type === 4 || type === 7 ? discordMessageErrors(data ?? {}, hasFiles) : undefined;
  }
  const postsMessage = request.method === "POST" && (/^\/channels\/\d+\/messages$/.test(path) || /^\/webhooks\/\d+\/[^/]+$/.test(path));
  const editsMessage = request.method === "PATCH" && /\/messages\/(%40|@)original$/.test(path);
  return postsMessage || editsMessage ? discordMessageErrors(payloadOf(request), hasFiles) : undefined;
}
