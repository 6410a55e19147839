import type { CommandSpec } from "../../core/commands/command-spec.js";

export interface SlackManifestOptions {
  appName: string;
  /** Socket Mode needs no public URL; HTTP mode sends everything to `<publicUrl>/slack/events`. */
  socketMode: boolean;
  publicUrl?: string;
}

// Why each scope: slash commands; replies and DMs; opening a DM; uploading exports; hearing mentions and DMs.
const BOT_SCOPES = ["commands", "chat:write", "im:write", "files:write", "app_mentions:read", "im:history"];
// app_home_opened: the Home tab is published when the partner opens it (views.publish needs no scope of its own).
const BOT_EVENTS = ["app_home_opened", "app_mention", "message.im"];

/** The Slack app manifest for these command specs: paste it at api.slack.com/apps -> Create New App -> From a manifest. */
export function buildSlackManifest(specs: CommandSpec[], options: SlackManifestOptions): Record<string, unknown> {
  if (!options.socketMode && !options.publicUrl) {
    throw new Error("HTTP mode needs the app's public URL, e.g. --url https://porchlight.example.org (or use --socket)");
  }
  const requestUrl = options.socketMode ? undefined : `${options.publicUrl!.replace(/\/+$/, "")}/slack/events`;
  const withUrl = requestUrl ? { request_url: requestUrl } : {};
  return {
    display_information: {
      name: options.appName,
      description: "Cited scope-of-practice answers, certification hours and network reminders for family peer supporters.",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: options.appName, always_online: true },
      slash_commands: specs.map((spec) => ({
        command: `/${spec.name}`,
        description: spec.description,
        usage_hint: spec.usage.replace(new RegExp(`^/${spec.name}\\s*`), ""),
        // Mentions arrive as <@U024BE7LH|sam>: the id is how a supervisor or supervisee is named.
        should_escape: true,
        ...(requestUrl ? { url: requestUrl } : {}),
      })),
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...withUrl, bot_events: BOT_EVENTS },
      interactivity: { is_enabled: true, ...withUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}
