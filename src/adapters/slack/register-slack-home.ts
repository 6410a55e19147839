import type { App } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";
import type { SlackHome } from "./slack-home.js";

/** The Home tab is the partner's dashboard, published each time they open it. */
export function registerSlackHome(app: App, home: SlackHome, logger: Logger): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    try {
      await home.publish(client, event.user);
    } catch (err) {
      logger.error("slack.home.publish-failed", { actor: `slack:${event.user}`, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
