import { describe, expect, it } from "vitest";
import { ModalBuilder } from "discord.js";
import { parseFormCustomId } from "../../../src/adapters/discord/discord-form-id.js";
import { renderDiscordModal } from "../../../src/adapters/discord/render-discord-modal.js";
import { credentialsDirectory } from "../../../src/credential-files/credentials-directory.js";
import { loadCredentialRuleSets } from "../../../src/credential-files/load-credential-rule-sets.js";
import { askCoordinatorsForm } from "../../../src/core/forms/ask-coordinators-form.js";
import { editEntryForm } from "../../../src/core/forms/edit-entry-form.js";
import { logHoursForm } from "../../../src/core/forms/log-hours-form.js";
import { profileForm } from "../../../src/core/forms/profile-form.js";
import type { ReplyForm } from "../../../src/core/forms/reply-form.js";
import { createCredentialCatalog } from "../../../src/core/hours/credential-catalog.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";
import { discordModalErrors } from "../../e2e/fakes/discord-payload-errors.js";

const OPENED_BY = "730000000000000001";
const states = loadStateRegistry();
const credentials = createCredentialCatalog(loadCredentialRuleSets(credentialsDirectory(), states));
const long = (text: string) => `${text} ${"and much more besides ".repeat(5)}`;

const forms: ReplyForm[] = [
  logHoursForm().form,
  profileForm({ userKey: "discord:1", state: "MT", credentialTrack: "mt-candidate", supervisorKey: "discord:600000000000000009" }, credentials, states, "Your profile").form,
  editEntryForm({ id: 12, userKey: "discord:1", kind: "training", minutes: 90, date: "2026-11-20", note: "n".repeat(5000), loggedAt: "" }).form,
  askCoordinatorsForm("q".repeat(5000)).form,
];

describe("Discord modal limits (the fake's checks, written from Discord's docs)", () => {
  it("GIVEN each form, with titles and labels longer than Discord allows THEN its modal fits: title and labels 45, 5 components, values 4000, custom_id 100", () => {
    for (const form of forms) {
      const stretched = { ...form, title: long(form.title), fields: form.fields.map((f) => ({ ...f, label: long(f.label) })) };
      const modal = renderDiscordModal(stretched, OPENED_BY)!;
      expect(modal, form.id).toBeDefined();
      expect(discordModalErrors(modal as unknown as Record<string, unknown>), form.id).toBeUndefined();
      // discord.js's own builder validation accepts it too (it throws past the limits).
      expect(() => new ModalBuilder(modal).toJSON()).not.toThrow();
      expect(parseFormCustomId(modal.custom_id)).toEqual({ openedBy: OPENED_BY, command: form.command });
      expect(modal.components.map((c) => (c as { component: { custom_id: string } }).component.custom_id)).toEqual(form.fields.map((f) => f.name));
    }
  });

  it("GIVEN initial values THEN they are shown: the select's default, the user, the text (cut at 4000)", () => {
    const [, profile, edit] = forms.map((f) => JSON.stringify(renderDiscordModal(f, OPENED_BY)));
    expect(profile).toContain('"value":"mt-candidate","default":true');
    expect(profile).toContain('"default_values":[{"id":"600000000000000009","type":"user"}]');
    expect(edit).toContain(`"value":"${"n".repeat(4000)}"`);
  });

  it("GIVEN a form Discord cannot show (6 fields, a command past the custom_id) THEN no modal: the caller shows the syntax", () => {
    const base = logHoursForm().form;
    expect(renderDiscordModal({ ...base, fields: [...base.fields, { ...base.fields[0]!, name: "extra" }] }, OPENED_BY)).toBeUndefined();
    expect(renderDiscordModal({ ...base, command: `/log-hours ${"x".repeat(80)}` }, OPENED_BY)).toBeUndefined();
  });

  it("GIVEN a choice of more than 25 THEN a text input naming the choices instead of a select Discord would refuse", () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ value: `c${i}`, label: `Choice ${i}` }));
    const modal = renderDiscordModal({ id: "x", title: "Pick", submitLabel: "Go", command: "/x", fields: [{ name: "pick", label: "Pick one", type: "choice", required: true, choices }] }, OPENED_BY)!;
    expect(discordModalErrors(modal as unknown as Record<string, unknown>)).toBeUndefined();
    expect(modal.components[0]).toMatchObject({ component: { type: 4, custom_id: "pick", placeholder: expect.stringMatching(/^One of: c0, c1/) } });
  });
});
