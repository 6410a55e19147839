import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { webApi } from "@slack/bolt";
import { createRequestPipeline } from "../../src/adapters/request-pipeline.js";
import { createSlackHome } from "../../src/adapters/slack/slack-home.js";
import { slackReferences } from "../../src/adapters/slack/slack-references.js";
import { parseConfig } from "../../src/config/config.js";
import { actorOf } from "../../src/core/commands/actor.js";
import { createServices } from "../../src/services/create-services.js";

/** A coordinator who supervises two partners, on a fresh database: what the demo picture shows. */
const COORDINATOR = "UCOORD";
const CLINICAL_SUPERVISOR = "UCLIN";
const PARTNERS = ["UDANA", "UMARISOL"];
const NOW = new Date("2026-11-24T17:00:00Z");

/**
 * The Home view exactly as `views.publish` receives it: the real services on a scratch SQLite file, the real
 * Slack home publisher, and a Web API client that keeps the call instead of sending it.
 */
export async function captureHomeView(): Promise<unknown[]> {
  const dir = mkdtempSync(join(tmpdir(), "porchlight-home-"));
  const services = createServices(parseConfig({ DATABASE_PATH: join(dir, "p.db"), NETWORK_TIME_ZONE: "America/Denver", ADMINS: `slack:${COORDINATOR}` }), { now: () => NOW });
  try {
    const pipeline = createRequestPipeline({ dispatcher: services.dispatcher, messenger: { deliver: async () => {} }, logger: services.logger, isAdmin: (key) => services.isAdmin(key), now: () => NOW });
    let delivery = 0;
    const run = (user: string, line: string) =>
      // As Slack delivers a typed line: mentions as <@U…>, read by the adapter's own syntax.
      pipeline.handle({ line: slackReferences.read(line), actor: actorOf("slack", user), deliveryId: `demo-${++delivery}` }, async () => {});
    await run(COORDINATOR, `/profile state MT track mt-candidate supervisor <@${CLINICAL_SUPERVISOR}>`);
    for (const [day, hours, kind, note] of [
      ["2026-11-02", "8", "training", "approved 40-hour course, day 1"],
      ["2026-11-03", "8", "training", "approved 40-hour course, day 2"],
      ["2026-11-09", "6", "work", "home visits"],
      ["2026-11-16", "7.5", "work", "IEP meetings"],
      ["2026-11-18", "1", "supervision", "case consultation"],
      ["2026-11-23", "4", "ceu", "trauma-informed care webinar"],
    ]) await run(COORDINATOR, `/log-hours ${hours} ${kind} ${day} ${note}`);
    await run(CLINICAL_SUPERVISOR, "/hours confirm all");
    for (const partner of PARTNERS) {
      await run(partner, `/profile state MT track mt-candidate supervisor <@${COORDINATOR}>`);
      await run(partner, "/log-hours 1 supervision 2026-11-20 case review");
    }
    let blocks: unknown[] = [];
    const client = { views: { publish: async (args: { view: { blocks: unknown[] } }) => void (blocks = args.view.blocks) } };
    await createSlackHome(pipeline, services.logger).publish(client as unknown as webApi.WebClient, COORDINATOR);
    return blocks;
  } finally {
    services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
