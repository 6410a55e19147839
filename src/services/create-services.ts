import { join } from "node:path";
import { ConfigError, type Config } from "../config/config.js";
import type { StateRegistry } from "../core/states/state-registry.js";
import { loadStateRegistry, stateRegistryFile } from "../registry-files/load-state-registry.js";
import { createRoutingMessenger } from "../adapters/routing-messenger.js";
import { createAnnounceCommand } from "../core/commands/announce-command.js";
import type { Messenger } from "../core/messenger.js";
import { createAnnouncementPoster, type RunningAnnouncementPoster } from "../scheduler/announcement-poster.js";
import { defaultRetryPolicy } from "../scheduler/deliver-with-retry.js";
import { createMeetingCommand } from "../core/commands/meeting-command.js";
import type { MeetingCalendar } from "../core/meetings/meeting-calendar.js";
import { createMeetingPostSource } from "../core/meetings/meeting-posts.js";
import { createAskCommand } from "../core/commands/ask-command.js";
import { createHelpCommand } from "../core/commands/help-command.js";
import { loadCommandSpecs } from "../command-files/load-command-specs.js";
import { createCommandDispatcher, type CommandDispatcher } from "../core/commands/command-dispatcher.js";
import { welcomeReply } from "../core/commands/welcome-reply.js";
import { welcomeFirstMessages } from "../core/welcome/welcome-first-messages.js";
import { CONSOLE_PLATFORM } from "../adapters/console/console-platform.js";
import { createOptionSuggester } from "../core/suggestions/create-option-suggester.js";
import type { OptionSuggester } from "../core/suggestions/option-suggester.js";
import { createKbCommand } from "../core/commands/kb-command.js";
import type { KnowledgeFeedbackServices } from "../core/feedback/knowledge-feedback-services.js";
import { createHoursCommand } from "../core/commands/hours-command.js";
import { createLogHoursCommand } from "../core/commands/log-hours-command.js";
import { createProfileCommand } from "../core/commands/profile-command.js";
import { createRemindersCommand } from "../core/commands/reminders-command.js";
import { createCredentialCatalog, type CredentialCatalog } from "../core/hours/credential-catalog.js";
import type { HoursServices } from "../core/hours/hours-services.js";
import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";
import { silentLogger, type Logger } from "../core/logger.js";
import { createHoursPartnerStatusSource } from "../core/reminders/hours-partner-status-source.js";
import { createReminderPlanner, type ReminderPlanner } from "../core/reminders/reminder-planner.js";
import { credentialsDirectory } from "../credential-files/credentials-directory.js";
import { loadCredentialRuleSets } from "../credential-files/load-credential-rule-sets.js";
import { knowledgeDirectory, knowledgeSnapshotDirectory } from "../knowledge-files/knowledge-directory.js";
import { lazyKnowledgeBase } from "../search/lazy-knowledge-base.js";
import { loadKnowledgeBase } from "../search/load-knowledge-base.js";
import { openSqliteStores } from "../storage/open-sqlite-stores.js";
import type { Stores } from "../storage/stores.js";
import { once } from "./once.js";

/** The settings the services read; a whole Config will do, and tests pass `parseConfig({...})`. */
export type ServicesSettings = Pick<Config, "DATABASE_PATH" | "SQLITE_SYNCHRONOUS" | "NETWORK_TIME_ZONE" | "NETWORK_STATE" | "ADMINS" | "CHANNELS" | "MEETING_REMINDERS" | "MEETING_POST_DAYS" | "MEETING_DURATION_MINUTES"> &
  Partial<Pick<Config, "QUESTIONS_CHANNEL">>;

export interface ServicesOptions {
  logger?: Logger;
  now?: () => Date;
  /**
   * The folder holding states.json, knowledge/ and credentials/: this checkout by default. A network's own states
   * are files there, nothing else (see docs/adapters.md).
   */
  dataRoot?: string;
  /** Stores opened elsewhere (a test's own SQLite handle, another engine); by default the SQLite file at DATABASE_PATH. */
  stores?: Stores;
  /** Keep a start-up snapshot of the knowledge index (main and the CLIs do; tests read the files each time). */
  knowledgeSnapshot?: boolean;
}

/** Everything behind the adapters, wired once. Each part is built on first use: the ask CLI never opens the database. */
export interface Services {
  /** The registry of states, documents and tracks (states.json). */
  readonly states: StateRegistry;
  readonly knowledge: KnowledgeBase;
  readonly credentials: CredentialCatalog;
  readonly stores: Stores;
  readonly hours: HoursServices;
  readonly planner: ReminderPlanner;
  /** /announce's posts: claimed in the ledger, retried in the background; `settled()` before closing. */
  readonly announcements: RunningAnnouncementPoster;
  /**
   * Routes each delivery (a reminder, an announcement, a supervisor's confirm request) by its key's platform to the
   * messenger registered for it; the adapters register themselves as they are built, so it can be handed out first.
   */
  readonly messenger: Messenger;
  registerMessenger(platform: string, messenger: Messenger): void;
  /** Values offered while someone types an option (Discord autocomplete). */
  readonly suggester: OptionSuggester;
  /** Every command, as each platform runs them. */
  readonly dispatcher: CommandDispatcher;
  readonly logger: Logger;
  isAdmin(userKey: string): boolean;
  now(): Date;
  /** Called after a meeting is added (main runs a scheduler pass, so its first post need not wait for the minute's tick). */
  onMeetingAdded(listener: () => void): void;
  /** Closes the database if it was opened. */
  close(): void;
}

/** The one composition of core, storage, search and credential files: main.ts, the CLIs, the bench and the tests use it. */
export function createServices(settings: ServicesSettings, options: ServicesOptions = {}): Services {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const admins = new Set(settings.ADMINS);
  const timeZone = settings.NETWORK_TIME_ZONE;

  const states = once(() => {
    const registry = loadStateRegistry(options.dataRoot ? join(options.dataRoot, "states.json") : stateRegistryFile());
    if (settings.NETWORK_STATE && !registry.isState(settings.NETWORK_STATE)) {
      throw new ConfigError([`NETWORK_STATE (is "${settings.NETWORK_STATE}"): not a state in states.json; use one of ${registry.codes.join(", ")}`]);
    }
    return registry;
  });
  const knowledge = once(() =>
    loadKnowledgeBase({
      root: options.dataRoot ? join(options.dataRoot, "knowledge") : knowledgeDirectory(),
      states: states(),
      ...(options.knowledgeSnapshot ? { snapshotDirectory: knowledgeSnapshotDirectory() } : {}),
    }),
  );
  const credentials = once(() =>
    createCredentialCatalog(loadCredentialRuleSets(options.dataRoot ? join(options.dataRoot, "credentials") : credentialsDirectory(), states())),
  );
  const commandSpecs = once(() => loadCommandSpecs());
  const stores = once(() => options.stores ?? openSqliteStores(settings.DATABASE_PATH, { synchronous: settings.SQLITE_SYNCHRONOUS, logger }));
  const hours = once((): HoursServices => ({ entries: stores().entries, profiles: stores().profiles, credentials: credentials(), states: states(), timeZone }));
  const planner = once(() =>
    createReminderPlanner({
      reminders: stores().reminders,
      optIns: stores().optIns,
      partners: createHoursPartnerStatusSource(hours()),
      networkZone: timeZone,
      sources: [
        createMeetingPostSource({
          meetings: stores().meetings,
          rsvps: stores().rsvps,
          postLeadMs: settings.MEETING_POST_DAYS * 86_400_000,
          reminderLeadsMs: settings.MEETING_REMINDERS,
        }),
      ],
    }),
  );
  // ical-generator, luxon and the zone data cost ~100 ms to load: only when someone asks for a calendar file.
  const calendar: MeetingCalendar = {
    ics: async (meeting, at) =>
      (await import("../calendar/ical-meeting-calendar.js")).createIcalMeetingCalendar({ durationMinutes: settings.MEETING_DURATION_MINUTES, prodId: "-//Porchlight//Meetings//EN" }).ics(meeting, at),
  };
  const meetingAdded: (() => void)[] = [];
  const feedback = once(
    (): KnowledgeFeedbackServices => ({
      knowledge: lazyKnowledgeBase(knowledge),
      feedback: stores().feedback,
      timeZone,
      ...(settings.QUESTIONS_CHANNEL ? { questionsChannel: settings.QUESTIONS_CHANNEL } : {}),
    }),
  );
  const byPlatform: Record<string, Messenger> = {};
  const messenger = createRoutingMessenger(byPlatform);
  const announcements = once(() =>
    createAnnouncementPoster({
      ledger: stores().ledger,
      messenger,
      retry: defaultRetryPolicy,
      admins: settings.ADMINS,
      now,
      logger,
      // Slack wants its answer within 3 s: a slow channel goes on retrying after the reply.
      answerWithinMs: 1_500,
    }),
  );
  const commands = once(() =>
    createCommandDispatcher(
      [
        createAskCommand({ knowledge: lazyKnowledgeBase(knowledge), stateOf: async (key) => (await hours().profiles.get(key))?.state ?? settings.NETWORK_STATE, logger, feedback: feedback(), specs: commandSpecs() }),
        createHelpCommand(commandSpecs()),
        createKbCommand(feedback()),
        createLogHoursCommand(hours()),
        createHoursCommand(hours()),
        createProfileCommand(hours()),
        createRemindersCommand({ reminders: stores().reminders, optIns: stores().optIns, planner: planner(), networkZone: timeZone }),
        createAnnounceCommand({ announcements: stores().announcements, poster: announcements(), channelNames: settings.CHANNELS }),
        createMeetingCommand({
          meetings: stores().meetings,
          rsvps: stores().rsvps,
          calendar,
          channelNames: settings.CHANNELS,
          networkZone: timeZone,
          onAdded: () => meetingAdded.forEach((listener) => listener()),
        }),
      ],
      logger,
    ),
  );
  // Every request passes here, so a partner's first message of any kind brings the welcome (not on the console).
  const dispatcher = once(() =>
    welcomeFirstMessages(commands(), { welcomed: stores().welcomed, welcome: welcomeReply(commandSpecs()), logger, welcomes: (platform) => platform !== CONSOLE_PLATFORM }),
  );

  return {
    get states() {
      return states();
    },
    get knowledge() {
      return knowledge();
    },
    get credentials() {
      return credentials();
    },
    get stores() {
      return stores();
    },
    get hours() {
      return hours();
    },
    get planner() {
      return planner();
    },
    get dispatcher() {
      return dispatcher();
    },
    get announcements() {
      return announcements();
    },
    suggester: createOptionSuggester(knowledge, hours),
    messenger,
    registerMessenger: (platform, platformMessenger) => {
      byPlatform[platform] = platformMessenger;
    },
    logger,
    isAdmin: (userKey) => admins.has(userKey),
    now,
    onMeetingAdded: (listener) => void meetingAdded.push(listener),
    close: () => {
      if (stores.built()) stores().close();
    },
  };
}
