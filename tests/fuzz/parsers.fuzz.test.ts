import fc from "fast-check";
import { describe, it } from "vitest";
import { parseEntryChanges } from "../../src/core/commands/hours/parse-entry-changes.js";
import { parseEntryId } from "../../src/core/commands/hours/find-own-entry.js";
import { parseDuration } from "../../src/core/hours/parse-duration.js";
import { parseEntryDate } from "../../src/core/hours/parse-entry-date.js";
import { parseLogHours } from "../../src/core/hours/parse-log-hours.js";
import { parseUserMention } from "../../src/core/hours/parse-user-mention.js";
import { tokenizeArguments } from "../../src/core/hours/tokenize-arguments.js";
import { parseChannelMention } from "../../src/core/reminders/parse-channel-mention.js";
import { parseCronExpression } from "../../src/core/reminders/parse-cron-expression.js";
import { parseSchedule } from "../../src/core/reminders/parse-schedule.js";
import { parseTimeOfDay } from "../../src/core/reminders/parse-time-of-day.js";
import { previewWindow } from "../../src/core/reminders/preview-window.js";
import { splitScheduleAndMessage } from "../../src/core/reminders/split-schedule-and-message.js";
import { SYNTAX } from "../support/platform-syntax.js";
import { valueOrUserError } from "./expect-value-or-user-error.js";
import { hostileArguments, hostileWord, RUNS_PER_PARSER } from "./hostile-text.js";

// Issue 8: every command parser, fed 10,000 generated hostile inputs, returns a value or a specific error; none throws anything else.
const TODAY = "2026-11-24";
const NOW = new Date("2026-11-24T17:00:00Z");
const platform = fc.constantFrom("console" as const, "slack" as const, "discord" as const);
const options = { numRuns: RUNS_PER_PARSER };

const parsers: [string, fc.Arbitrary<() => unknown>][] = [
  ["parseLogHours (/log-hours)", fc.tuple(hostileArguments, platform).map(([text, p]) => () => parseLogHours(SYNTAX[p]!.read(text), TODAY))],
  ["parseDuration", hostileWord.map((text) => () => parseDuration(text))],
  ["parseEntryDate", hostileWord.map((text) => () => parseEntryDate(text, TODAY))],
  ["parseEntryChanges (/hours edit)", fc.tuple(hostileArguments, platform).map(([text, p]) => () => parseEntryChanges(tokenizeArguments(SYNTAX[p]!.read(text)), TODAY))],
  ["parseEntryId (/hours edit|delete|confirm)", hostileWord.map((text) => () => parseEntryId(text, "/hours delete 12"))],
  ["parseUserMention", fc.tuple(hostileWord, platform).map(([text, p]) => () => parseUserMention(SYNTAX[p]!.read(text)))],
  ["parseChannelMention", fc.tuple(hostileWord, platform).map(([text, p]) => () => parseChannelMention(SYNTAX[p]!.read(text), p))],
  ["splitScheduleAndMessage + parseSchedule (/reminders add)", hostileArguments.map((text) => () => parseSchedule(splitScheduleAndMessage(text).schedule, "America/New_York"))],
  ["parseSchedule on whole lines", hostileArguments.map((text) => () => parseSchedule(text, "America/Denver"))],
  ["parseCronExpression", hostileArguments.map((text) => () => parseCronExpression(text))],
  ["parseTimeOfDay", hostileWord.map((text) => () => parseTimeOfDay(text))],
  ["previewWindow (/reminders preview)", fc.tuple(fc.option(hostileWord, { nil: undefined }), fc.option(hostileWord, { nil: undefined })).map(([from, to]) => () => previewWindow(from, to, "America/New_York", NOW))],
];

describe("command parsers under fuzzing", () => {
  for (const [name, call] of parsers) {
    it(`GIVEN ${RUNS_PER_PARSER.toLocaleString("en-US")} hostile inputs to ${name} THEN each gives a value or a specific user error`, () => {
      fc.assert(fc.property(call, (parse) => valueOrUserError(parse)), options);
    });
  }
});
