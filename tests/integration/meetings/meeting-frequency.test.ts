import { afterAll, describe, expect, it } from "vitest";
import { createFuzzServices } from "../../fuzz/fuzz-services.js";

// Issue 8: an every-minute "meeting" made /reminders preview plan half a million posts a year (with a
// database read for each) and held the bot for minutes. A meeting repeats at most every 3 hours.
const services = createFuzzServices();
afterAll(() => services.close());

describe("meeting frequency", () => {
  it("GIVEN an every-minute or every-hour meeting THEN refused with the limit; nothing is stored", async () => {
    for (const schedule of ['cron "* * * * *"', 'cron "0 * * * *"', 'cron "0 9,10 * * 1"']) {
      const { reply } = await services.say(`/meeting add #network ${schedule} Standup`);
      expect(reply, schedule).toMatchObject({ kind: "error", code: "meetings.too-frequent" });
      expect(reply.text).toContain("at most every 3 hours");
    }
    expect((await services.say("/meeting list")).reply.text).toContain("No meetings yet");
  });

  it("GIVEN a daily or twice-daily meeting THEN added, and a three-year preview answers", async () => {
    expect((await services.say('/meeting add #network cron "0 9,17 * * 1-5" Check-in')).reply.text).toContain("Added meeting #1");
    expect((await services.say("/meeting add #network every day at 8:00 Daily")).reply.text).toContain("Added meeting #2");
    expect((await services.say("/reminders preview 2027-01-01 2029-12-31")).reply.kind).toBe("message");
  });
});
