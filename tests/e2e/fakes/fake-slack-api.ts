import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readRequest } from "./read-request.js";
import { slackMessageError, slackViewError } from "./slack-payload-error.js";
import { RecordedRequests, type RecordedRequest } from "./recorded-requests.js";

export interface CannedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

// Bolt learns its own user id from auth.test: mentions of this id are mentions of the bot.
const FAKE_BOT_USER_ID = "UBOT";

/**
 * Slack's Web API on 127.0.0.1, just the methods Porchlight calls: auth.test, chat.postMessage/postEphemeral,
 * conversations.open, views.open/publish, the three-step file upload, response_url posts and (for Socket Mode) apps.connections.open.
 * Like Slack, it refuses messages and views past the platform's limits (see slack-payload-error.ts).
 */
export class FakeSlackApi {
  readonly requests = new RecordedRequests();
  readonly server: Server = createServer((req, res) => void this.handle(req, res));
  /** Socket Mode's WebSocket URL, handed out by apps.connections.open once a socket fake is attached. */
  socketUrl = "";
  /** Calls refused for passing Slack's limits, with Slack's error; a test expects none. */
  readonly refusals: { path: string; error: string }[] = [];
  private failures = new Map<string, CannedFailure[]>();
  private uploads = 0;

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** The next call to `path` (e.g. `/api/chat.postMessage`) fails this way instead of succeeding. */
  failNext(path: string, failure: CannedFailure): void {
    this.failures.set(path, [...(this.failures.get(path) ?? []), failure]);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = await readRequest(req);
    this.requests.add(request);
    const failure = this.failures.get(request.path)?.shift();
    if (failure) {
      res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
      res.end(JSON.stringify(failure.body ?? { ok: false, error: "fake_failure" }));
      return;
    }
    const refused = payloadError(request);
    if (refused) {
      this.refusals.push({ path: request.path, error: refused });
      // The Web API answers 200 with ok: false; a response_url answers 400 with the error.
      if (request.path.startsWith("/response/")) res.writeHead(400, { "content-type": "text/plain" }).end(refused);
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: refused }));
      return;
    }
    if (request.path.startsWith("/upload/") || request.path.startsWith("/response/")) {
      res.writeHead(200, { "content-type": "text/plain" }).end("OK");
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(this.answer(request)));
  }

  private answer(request: RecordedRequest): Record<string, unknown> {
    const method = request.path.replace(/^\/api\//, "");
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://fake.slack.test/", team: "Fake", user: "porchlight", team_id: "T1", user_id: FAKE_BOT_USER_ID, bot_id: "B1" };
      case "chat.postMessage":
        return { ok: true, channel: request.body.channel, ts: `${Date.now() / 1000}`, message: { text: request.body.text } };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(request.body.users)}` } };
      case "files.getUploadURLExternal": {
        const id = `F${++this.uploads}`;
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = JSON.parse(String(request.body.files)) as { id: string; title?: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case "views.open":
      case "views.publish":
        return { ok: true, view: { id: `V${this.requests.all.length}` } };
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }
}

const MESSAGE_METHODS = new Set(["/api/chat.postMessage", "/api/chat.postEphemeral", "/api/chat.update"]);
const VIEW_METHODS = new Set(["/api/views.open", "/api/views.publish", "/api/views.update", "/api/views.push"]);

function payloadError(request: RecordedRequest): string | undefined {
  if (MESSAGE_METHODS.has(request.path) || request.path.startsWith("/response/")) return slackMessageError(request.body);
  if (VIEW_METHODS.has(request.path) && typeof request.body.view === "string") return slackViewError(JSON.parse(request.body.view));
  return undefined;
}
