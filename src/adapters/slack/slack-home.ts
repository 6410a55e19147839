import type { webApi } from "@slack/bolt";
import { actorOf } from "../../core/commands/actor.js";
import type { Logger } from "../../core/logger.js";
import type { RequestPipeline } from "../request-pipeline.js";
import { renderSlackBlocks } from "./render-slack-reply.js";
import { SLACK_MAX_VIEW_BLOCKS } from "./slack-limits.js";

// Commands that change what the Home tab shows: after them the tab is published again.
const CHANGES_HOME = /^\/?(log-hours|hours|profile)\b/i;

export interface SlackHome {
  /** Publishes the person's Home tab: the core's dashboard (`/hours`), as Block Kit. */
  publish(client: webApi.WebClient, userId: string): Promise<void>;
  /**
   * Publishes it again after `line` ran (and was not refused) if it may have changed it, for people who have the tab
   * (opened it, or pressed a button on it, since start); a failure is only logged.
   */
  refreshAfter(client: webApi.WebClient, userId: string, line: string): Promise<void>;
  /** Someone was seen on their Home tab (a button press there). */
  seen(userId: string): void;
}

export function createSlackHome(pipeline: RequestPipeline, logger: Logger): SlackHome {
  // Whoever never looked at the tab since start gets it fresh when they do: no views.publish call for each command.
  const hasHome = new Set<string>();
  async function publish(client: webApi.WebClient, userId: string): Promise<void> {
    hasHome.add(userId);
    await pipeline.handle({ name: "hours", args: "", actor: actorOf("slack", userId), source: "slack.home" }, async (reply) => {
      await client.views.publish({ user_id: userId, view: { type: "home", blocks: renderSlackBlocks(reply, SLACK_MAX_VIEW_BLOCKS) } });
    });
  }
  return {
    publish,
    seen: (userId) => void hasHome.add(userId),
    async refreshAfter(client, userId, line) {
      if (!hasHome.has(userId) || !CHANGES_HOME.test(line.trim())) return;
      try {
        await publish(client, userId);
      } catch (err) {
        logger.error("slack.home.publish-failed", { actor: `slack:${userId}`, error: err instanceof Error ? err.message : String(err) });
      }
    },
  };
}
