import { afterEach, describe, expect, it } from "vitest";
import { parseSchedule } from "../../src/core/reminders/parse-schedule.js";
import { storeImplementations, type Stores } from "./store-implementations.js";

const AT = new Date("2026-11-24T17:00:00Z");
const weekly = parseSchedule("every Monday at 9:00 in America/Denver", "America/New_York");
const reminder = (message: string, deliveryId?: string) => ({
  channelKey: "slack:C1", schedule: weekly, message, createdBy: "slack:UADMIN", createdAt: AT, ...(deliveryId ? { deliveryId } : {}),
});

describe.each(storeImplementations)("ProfileRepository contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());

  it("GIVEN a profile saved twice THEN the second replaces the first, cleared fields included", async () => {
    const { profiles } = (stores = await implementation.open());
    await profiles.save({ userKey: "slack:U2", state: "MT", credentialTrack: "mt-candidate", supervisorKey: "slack:USAM", displayName: "Maria" }, AT);
    await profiles.save({ userKey: "slack:U1", state: "NC", supervisorKey: "slack:USAM" }, AT);
    await profiles.save({ userKey: "slack:U2", state: "CA", certificationDate: "2026-01-15" }, AT);
    expect(await profiles.get("slack:U2")).toEqual({ userKey: "slack:U2", state: "CA", certificationDate: "2026-01-15" });
    expect(await profiles.get("slack:UNONE")).toBeUndefined();
    expect((await profiles.list()).map((p) => p.userKey)).toEqual(["slack:U1", "slack:U2"]);
    expect(await profiles.superviseesOf("slack:USAM")).toEqual(["slack:U1"]);
  });
});

describe.each(storeImplementations)("ChannelReminderRepository and ReminderOptIns contract on $name", (implementation) => {
  let stores: Stores & { close(): Promise<void> };
  afterEach(async () => stores?.close());

  it("GIVEN reminders added, one redelivered and one removed THEN ids are never reused and the schedule comes back whole", async () => {
    const { reminders } = (stores = await implementation.open());
    const first = await reminders.add(reminder("Quarterly meeting", "slack:d1"));
    const again = await reminders.add(reminder("Quarterly meeting", "slack:d1"));
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.reminder).toEqual(first.reminder);
    expect(first.reminder).toMatchObject({ id: 1, channelKey: "slack:C1", message: "Quarterly meeting", createdBy: "slack:UADMIN", createdAt: AT });
    expect(first.reminder.schedule.source).toBe(weekly.source);
    expect(first.reminder.schedule.zone).toBe("America/Denver");
    const second = await reminders.add(reminder("CEU check"));
    expect((await reminders.remove(second.reminder.id))?.message).toBe("CEU check");
    expect(await reminders.remove(second.reminder.id)).toBeUndefined();
    const third = await reminders.add(reminder("Potluck"));
    expect(third.reminder.id).toBeGreaterThan(second.reminder.id);
    expect((await reminders.list()).map((r) => r.message)).toEqual(["Quarterly meeting", "Potluck"]);
  });

  it("GIVEN opt-ins turned on twice and off THEN each partner is listed once while on", async () => {
    const { optIns } = (stores = await implementation.open());
    await optIns.set("slack:U2", true, AT);
    await optIns.set("slack:U1", true, AT);
    await optIns.set("slack:U1", true, AT);
    expect(await optIns.enabledUsers()).toEqual(["slack:U1", "slack:U2"]);
    await optIns.set("slack:U2", false, AT);
    expect([await optIns.isEnabled("slack:U1"), await optIns.isEnabled("slack:U2")]).toEqual([true, false]);
  });
});
