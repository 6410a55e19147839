import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeDiscordApi } from "./fakes/fake-discord-api.js";
import { buttonInteraction, modalSubmitInteraction, slashInteraction, type ModalValue } from "./support/discord-payloads.js";
import { startDiscordWithServices } from "./support/start-discord-services.js";

const USER = "600000000000000001";
let api: FakeDiscordApi;
let discord: Awaited<ReturnType<typeof startDiscordWithServices>>;

beforeEach(async () => {
  api = await new FakeDiscordApi().start();
  discord = await startDiscordWithServices(api);
});
afterEach(async () => {
  await discord?.close();
  await api?.close();
});

type Modal = { custom_id: string; title: string; components: { type: number; label: string; component: { type: number; custom_id: string; options?: { value: string }[] } }[] };
type Message = { content?: string; flags?: number; embeds?: { title?: string }[]; components?: { components: { custom_id: string; label: string }[] }[] };
const callback = (id: string) => `/api/v10/interactions/${id}/token-${id}/callback`;
const answerTo = async (id: string, count = 1) => (await api.requests.next(callback(id), count)).body as { type: number; data: unknown };
const entryCount = () => (discord.services.stores as unknown as { db: { prepare(sql: string): { get(): { n: number } } } }).db.prepare("SELECT COUNT(*) AS n FROM hour_entries WHERE deleted_at IS NULL").get().n;

async function openModal(id: string, interaction: unknown): Promise<Modal> {
  api.gateway.dispatch("INTERACTION_CREATE", interaction);
  const opened = await answerTo(id);
  expect(opened.type).toBe(9);
  return opened.data as Modal;
}

async function submit(id: string, modal: Modal, values: Record<string, ModalValue>, count = 1): Promise<Message> {
  api.gateway.dispatch("INTERACTION_CREATE", modalSubmitInteraction(id, USER, modal.custom_id, values));
  const answer = await answerTo(id, count);
  expect(answer.type).toBe(4);
  return answer.data as Message;
}

describe("Discord forms, real discord.js against a fake that refuses modals past Discord's limits", () => {
  it("GIVEN a bare /log-hours THEN a modal opens; a field error is named with a button to reopen; the submission stores once", async () => {
    const modal = await openModal("730000000000000001", slashInteraction("730000000000000001", USER, "log-hours", {}));
    expect(modal.custom_id).toBe("form:730000000000000001:/log-hours");
    expect(modal.components.map((c) => [c.type, c.component.custom_id, c.component.type])).toEqual([
      [18, "hours", 4],
      [18, "kind", 3],
      [18, "date", 4],
      [18, "supervisor", 5],
      [18, "note", 4],
    ]);
    expect(modal.components[1]!.component.options!.map((o) => o.value)).toEqual(["work", "supervision", "ceu", "ethics", "training"]);

    const refused = await submit("730000000000000002", modal, { hours: { text: "2x" }, kind: { choice: "work" } });
    expect(refused.flags).toBe(64);
    expect(refused.content).toMatch(/^⚠️ How long: I can't read "2x" as a duration/);
    expect(refused.components![0]!.components[0]).toMatchObject({ label: "Open the form again", custom_id: "run:/log-hours" });
    expect(entryCount()).toBe(0);

    // The button opens the form again (a submission cannot be answered with a modal, a button press can).
    const again = await openModal("730000000000000003", buttonInteraction("730000000000000003", USER, "run:/log-hours"));
    const good = { hours: { text: "90m" }, kind: { choice: "work" }, note: { text: "home visit" } } as const;
    const logged = await submit("730000000000000004", again, good);
    expect(JSON.stringify(logged)).toContain("Logged #1");
    expect(logged.flags).toBe(64);
    // Discord delivers the same submission again, then the same modal is submitted once more: nothing stored twice.
    await submit("730000000000000004", again, good, 2);
    const resubmitted = await submit("730000000000000005", again, good);
    expect(JSON.stringify(resubmitted)).toContain("Logged #1");
    expect(entryCount()).toBe(1);
    expect(api.refusals).toEqual([]);
  });

  it("GIVEN a bare /profile THEN a modal with the state and track as selects; submitting saves through /profile's parser", async () => {
    const modal = await openModal("730000000000000011", slashInteraction("730000000000000011", USER, "profile", {}));
    expect(modal.components.map((c) => c.component.custom_id)).toEqual(["state", "track", "certified", "supervisor"]);
    const saved = await submit("730000000000000012", modal, { state: { choice: "MT" }, track: { choice: "mt-candidate" }, certified: { text: "" }, supervisor: { user: "600000000000000009" } });
    expect(JSON.stringify(saved)).toContain("Profile saved");
    expect(await discord.services.hours.profiles.get(`discord:${USER}`)).toMatchObject({ state: "MT", credentialTrack: "mt-candidate", supervisorKey: "discord:600000000000000009" });

    const refused = await submit("730000000000000013", modal, { certified: { text: "March 1st" } });
    expect(refused.content).toMatch(/^⚠️ Certification or renewal date: Write the certified date as YYYY-MM-DD/);
    expect(api.refusals).toEqual([]);
  });
});
