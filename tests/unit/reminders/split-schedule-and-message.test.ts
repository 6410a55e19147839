import { describe, expect, it } from "vitest";
import { SYNTAX } from "../../support/platform-syntax.js";
import { parseChannelMention } from "../../../src/core/reminders/parse-channel-mention.js";
import { splitScheduleAndMessage } from "../../../src/core/reminders/split-schedule-and-message.js";

describe("splitScheduleAndMessage", () => {
  it("GIVEN a message that itself mentions a time THEN the schedule ends at its first time", () => {
    expect(splitScheduleAndMessage("every Monday at 9:00 Team call at noon")).toEqual({ schedule: "every Monday at 9:00", message: "Team call at noon", typedMessage: "Team call at noon" });
  });
  it("GIVEN a zone, a cron or quotes THEN each part lands where it belongs", () => {
    expect(splitScheduleAndMessage("every Monday at 9:00 in America/Denver Call")).toEqual({ schedule: "every Monday at 9:00 in America/Denver", message: "Call", typedMessage: "Call" });
    expect(splitScheduleAndMessage('cron "0 9 * * 1" in UTC Hello')).toEqual({ schedule: 'cron "0 9 * * 1" in UTC', message: "Hello", typedMessage: "Hello" });
    expect(splitScheduleAndMessage('on 2027-01-12 at 10:00am: "Quarterly meeting"')).toEqual({ schedule: "on 2027-01-12 at 10:00am", message: "Quarterly meeting", typedMessage: '"Quarterly meeting"' });
    expect(splitScheduleAndMessage("every Monday at 9:00 in the hall")).toEqual({ schedule: "every Monday at 9:00", message: "in the hall", typedMessage: "in the hall" });
  });
  it("GIVEN no message or no time THEN it says what is missing", () => {
    expect(() => splitScheduleAndMessage("every Monday at 9:00")).toThrow(/needs a message/);
    expect(() => splitScheduleAndMessage("every Monday Team call")).toThrow(/could not find the schedule's time/);
  });
});

describe("parseChannelMention", () => {
  it("GIVEN each platform's mention form THEN the key carries the platform", () => {
    const parse = (text: string, platform: string) => parseChannelMention(SYNTAX[platform]!.read(text), platform);
    expect(parse("#network", "console")).toBe("console:#network");
    expect(parse("<#C024BE7LR|network>", "slack")).toBe("slack:C024BE7LR");
    expect(parse("<#C024BE7LR>", "slack")).toBe("slack:C024BE7LR");
    expect(parse("<#1234567890>", "discord")).toBe("discord:1234567890");
  });
  it("GIVEN a channel not picked, or one of another platform THEN it is refused with an example", () => {
    expect(() => parseChannelMention("#network", "slack")).toThrow(/picked from the list so it becomes a link, e\.g\. \/reminders add #network/);
    expect(() => parseChannelMention(SYNTAX.slack!.read("<#C024BE7LR|x>"), "console")).toThrow(/#network/);
  });
});
