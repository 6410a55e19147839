import type { AdapterRegistration } from "./adapter-registration.js";
import { discordRegistration } from "./discord/discord-registration.js";
import { slackRegistration } from "./slack/slack-registration.js";

/** The chat platforms this build can run on; the console is the fallback when none is configured. */
export const PLATFORM_REGISTRATIONS: readonly AdapterRegistration[] = [slackRegistration, discordRegistration];
