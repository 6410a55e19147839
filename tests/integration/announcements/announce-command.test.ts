import { afterEach, describe, expect, it } from "vitest";
import { actorOf } from "../../../src/core/commands/actor.js";
import { createAnnounceCommand } from "../../../src/core/commands/announce-command.js";
import { createCommandDispatcher } from "../../../src/core/commands/command-dispatcher.js";
import { DeliveryError } from "../../../src/core/delivery-error.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Messenger } from "../../../src/core/messenger.js";
import { createAnnouncementPoster } from "../../../src/scheduler/announcement-poster.js";
import { createSqliteAnnouncementRepository } from "../../../src/storage/sqlite-announcement-repository.js";
import { createSqliteReminderLedger } from "../../../src/storage/sqlite-reminder-ledger.js";
import { recordingMessenger, tempDatabase } from "../reminders/reminder-test-kit.js";
import { inPlatformSyntax } from "../../support/platform-syntax.js";

const NOW = new Date("2027-01-05T15:00:00Z");
const NAMES = { network: ["slack:C024BE7LR", "discord:80351110224678912"] };
const ADMIN = actorOf("slack", "UADMIN");
let database: ReturnType<typeof tempDatabase>;

afterEach(() => database?.cleanup());

function announceKit(messenger: Messenger, answerWithinMs = 5_000) {
  database = tempDatabase();
  const db = database.open();
  const ledger = createSqliteReminderLedger(db);
  const sleeps: number[] = [];
  const poster = createAnnouncementPoster({
    ledger,
    messenger,
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 1_000, sleep: async (ms) => void sleeps.push(ms) },
    admins: ["slack:UADMIN", "discord:42"],
    now: () => NOW,
    logger: silentLogger,
    answerWithinMs,
  });
  const dispatcher = createCommandDispatcher([createAnnounceCommand({ announcements: createSqliteAnnouncementRepository(db), poster, channelNames: NAMES })], silentLogger);
  const announce = (args: string, options: { deliveryId?: string; isAdmin?: boolean; actor?: typeof ADMIN } = {}) =>
    inPlatformSyntax((options.actor ?? ADMIN).platform, args, (read) => dispatcher.dispatch("announce", read, {
      actor: options.actor ?? ADMIN,
      isAdmin: options.isAdmin ?? true,
      now: NOW,
      ...(options.deliveryId ? { deliveryId: options.deliveryId } : {}),
    }));
  return { announce, ledger, poster, sleeps };
}

describe("/announce end to end over a real SQLite ledger", () => {
  it("GIVEN #network named for Slack and Discord THEN one command posts to both and the reply says where it went", async () => {
    const messenger = recordingMessenger();
    const { announce, ledger } = announceKit(messenger);

    const outcome = await announce("#network Training on Friday at 10:00", { deliveryId: "trig-1" });

    expect(messenger.delivered.map((d) => [d.to, d.reply.text])).toEqual([
      [{ kind: "channel", channelKey: "slack:C024BE7LR" }, "Training on Friday at 10:00"],
      [{ kind: "channel", channelKey: "discord:80351110224678912" }, "Training on Friday at 10:00"],
    ]);
    expect(outcome.reply.ephemeral).toBe(true);
    expect(outcome.reply.text).toBe("Announcement #1 posted to 2 of 2 channels.\n• <#C024BE7LR>: posted\n• #network on Discord: posted");
    expect((await ledger.entries()).map((e) => [e.reminderKey, e.status])).toEqual([
      ["announce:1:discord:80351110224678912", "posted"],
      ["announce:1:slack:C024BE7LR", "posted"],
    ]);
  });

  it("GIVEN Slack redelivers the same /announce THEN nothing is posted again and the reply says it already went", async () => {
    const messenger = recordingMessenger();
    const { announce } = announceKit(messenger);

    await announce("#network Training on Friday", { deliveryId: "trig-1" });
    const again = await announce("#network Training on Friday", { deliveryId: "trig-1" });

    expect(messenger.delivered).toHaveLength(2);
    expect(again.reply.text).toMatch(/^Already announced: #1 posted to 2 of 2 channels\./);
  });

  it("GIVEN a rate limit and then a refusal THEN the first is retried after its retry-after, the second reported to admins and announcer", async () => {
    const messenger = recordingMessenger();
    messenger.failNext(
      new DeliveryError("Slack rate limit", "slack:C024BE7LR", true, 700),
      new DeliveryError("Discord refused (404 10003): Unknown Channel", "discord:80351110224678912", false),
    );
    const { announce, sleeps, ledger } = announceKit(messenger);

    const outcome = await announce("#network Training on Friday", { deliveryId: "trig-2" });

    expect(outcome.reply.text).toContain("<#C024BE7LR>: posted");
    expect(outcome.reply.text).toContain("#network on Discord: failed (Discord refused (404 10003): Unknown Channel); the admins were told");
    expect(sleeps).toEqual([700]);
    const reports = messenger.delivered.filter((d) => d.to.kind === "user");
    expect(reports.map((d) => d.to)).toEqual([
      { kind: "user", userKey: "slack:UADMIN" },
      { kind: "user", userKey: "discord:42" },
    ]);
    expect(reports[0]!.reply.text).toMatch(/^Announcement #1 could not be posted to discord:80351110224678912: it failed after 1 try/);
    expect(reports[0]!.reply.text).not.toContain("Training");
    expect((await ledger.entries("announce:1:discord:80351110224678912"))[0]).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("GIVEN a platform slower than the reply can wait THEN the reply says it is still trying and the post lands afterwards", async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const delivered: string[] = [];
    const messenger: Messenger = {
      async deliver(delivery) {
        if (delivery.to.kind === "channel" && delivery.to.channelKey.startsWith("discord:")) await slow;
        delivered.push(delivery.to.kind === "channel" ? delivery.to.channelKey : delivery.to.userKey);
      },
    };
    const { announce, poster, ledger } = announceKit(messenger, 20);

    const outcome = await announce("#network Training on Friday");
    expect(outcome.reply.text).toContain("#network on Discord: not through yet, still trying");
    release();
    await poster.settled();

    expect(delivered).toEqual(["slack:C024BE7LR", "discord:80351110224678912"]);
    expect((await ledger.entries("announce:1:discord:80351110224678912"))[0]?.status).toBe("posted");
  });

  it("GIVEN someone who is not an admin, or no message THEN it refuses, says how, and stores and posts nothing", async () => {
    const messenger = recordingMessenger();
    const { announce, ledger } = announceKit(messenger);

    const refused = await announce("#network Hello", { isAdmin: false, actor: actorOf("slack", "UMARIA") });
    const empty = await announce("#network");
    const unknown = await announce("#board Hello");

    expect(refused.reply).toMatchObject({ kind: "error", code: "announce.admin-only" });
    expect(empty.reply).toMatchObject({ kind: "error", code: "announce.usage" });
    expect(empty.reply.text).toContain("e.g. /announce #network");
    expect(unknown.reply).toMatchObject({ kind: "error", code: "channels.unknown-name" });
    expect(messenger.delivered).toEqual([]);
    expect(await ledger.entries()).toEqual([]);
  });
});
