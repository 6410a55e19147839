import { z } from "zod";
import { channelNamesSchema } from "./parse-channel-names.js";
import { requireCompanionSettings } from "./require-companion-settings.js";

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const optionalText = z.string().trim().min(1).optional();
// The shape of a `platform:id` key; whether the platform is registered is checked with the adapters (require-registered-platforms).
const PLATFORM_KEY = /^[a-z][a-z0-9-]*:[^\s,:]+$/;
const platformUser = z.string().regex(PLATFORM_KEY, "write each admin as platform:id, e.g. slack:U024BE7LH");

/** Every setting Porchlight reads from the environment, with what it expects. */
export const configSchema = z.object({
  DATABASE_PATH: z.string().trim().min(1).default("./data/porchlight.db"),
  SQLITE_SYNCHRONOUS: z.enum(["FULL", "NORMAL"]).default("FULL"),
  /** postgres://user:password@host:5432/db: PostgreSQL instead of the SQLite file, for several replicas on one database. */
  DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => /^postgres(ql)?:\/\/[^/]/.test(url) && URL.canParse(url), "a PostgreSQL URL such as postgres://porchlight:secret@db.example.org:5432/porchlight")
    .optional(),
  /** Connections each replica keeps at most (PostgreSQL only); every replica's pool shares the server's max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NETWORK_TIME_ZONE: z
    .string()
    .default("America/New_York")
    .refine(isTimeZone, "an IANA time zone such as America/Denver"),
  /** A state code from states.json (checked against it when the services start). */
  NETWORK_STATE: z.string().trim().toUpperCase().regex(/^[A-Z]{2,3}$/, "a state code from states.json, e.g. MT").optional(),
  ADMINS: z
    .string()
    .default("")
    .transform((raw) => raw.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(platformUser)),
  /** Where "Ask the coordinators" posts a question the knowledge base could not answer, e.g. slack:C024BE91L. */
  QUESTIONS_CHANNEL: z.string().regex(PLATFORM_KEY, "write the channel as platform:id, e.g. slack:C024BE91L or discord:1234567890").optional(),
  REMINDER_GRACE_HOURS: z.coerce.number().min(0).max(168).default(6),
  /** Channel names that reach channels on one or more platforms, for /announce and /meeting: `#network=slack:C1 discord:2`. */
  CHANNELS: channelNamesSchema,
  /** Before each meeting, a direct message to those who said going or maybe: `1d,1h` is the day before and an hour before. */
  MEETING_REMINDERS: z
    .string()
    .default("1d,1h")
    .transform((raw) => raw.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^\d+[dhm]$/, "a comma-separated list of leads such as 1d,1h or 30m (d days, h hours, m minutes)")))
    .transform((leads) => [...new Set(leads.map((lead) => Number(lead.slice(0, -1)) * { d: 86_400_000, h: 3_600_000, m: 60_000 }[lead.slice(-1) as "d" | "h" | "m"]))]),
  /** How many days ahead of each meeting its post (with the answer buttons) goes to the channel. */
  MEETING_POST_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** How long a meeting lasts in its calendar file. */
  MEETING_DURATION_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: z.url().optional(),
  /** HTTP mode's port; when unset, PORT (what hosting platforms and Bolt's examples set), else 3000. */
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** HTTP mode's listening address, e.g. 127.0.0.1 behind a reverse proxy; all interfaces when unset. */
  SLACK_HOST: optionalText,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_API_URL: z.url().optional(),
  /** Register slash commands to one server (instant) instead of globally; only `npm run discord:register` reads it. */
  DISCORD_GUILD_ID: optionalText,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
}).superRefine(requireCompanionSettings);

export type RawConfig = z.infer<typeof configSchema>;
