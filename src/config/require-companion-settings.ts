import type { z } from "zod";

interface PlatformSettings {
  SLACK_BOT_TOKEN?: string | undefined;
  SLACK_SIGNING_SECRET?: string | undefined;
  SLACK_APP_TOKEN?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
  DISCORD_APPLICATION_ID?: string | undefined;
  DISCORD_GUILD_ID?: string | undefined;
}

/**
 * Slack needs its bot token and one way to receive events (signing secret for HTTP, app token for Socket Mode);
 * one without the other is a half-configured app that would start and then hear nothing, so it is refused up front.
 * Discord's application or server id without its token is the same: the console would start without a word.
 */
export function requireCompanionSettings(config: PlatformSettings, ctx: z.RefinementCtx): void {
  const receiver = config.SLACK_SIGNING_SECRET ?? config.SLACK_APP_TOKEN;
  if (config.SLACK_BOT_TOKEN && !receiver) {
    ctx.addIssue({
      code: "custom",
      path: ["SLACK_SIGNING_SECRET"],
      message: "SLACK_BOT_TOKEN is set, so set SLACK_SIGNING_SECRET too (HTTP mode), or SLACK_APP_TOKEN=xapp-... (Socket Mode)",
    });
  }
  if (!config.SLACK_BOT_TOKEN && receiver) {
    const which = config.SLACK_SIGNING_SECRET ? "SLACK_SIGNING_SECRET" : "SLACK_APP_TOKEN";
    ctx.addIssue({ code: "custom", path: ["SLACK_BOT_TOKEN"], message: `${which} is set, so set SLACK_BOT_TOKEN=xoxb-... too` });
  }
  const discordPart = config.DISCORD_APPLICATION_ID ? "DISCORD_APPLICATION_ID" : config.DISCORD_GUILD_ID ? "DISCORD_GUILD_ID" : undefined;
  if (!config.DISCORD_TOKEN && discordPart) {
    ctx.addIssue({
      code: "custom",
      path: ["DISCORD_TOKEN"],
      message: `${discordPart} is set, so set DISCORD_TOKEN (the bot token from the Discord developer portal) too, or unset ${discordPart} to run without Discord`,
    });
  }
}
