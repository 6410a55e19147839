import type { CredentialCatalog } from "../hours/credential-catalog.js";
import type { PartnerProfile } from "../hours/partner-profile.js";
import type { StateRegistry } from "../states/state-registry.js";
import type { FormField } from "./reply-form.js";
import type { FormReply } from "../reply.js";

/** `/profile` with nothing after it: the profile as a form, filled with what is set; the console shows it as text. */
export function profileForm(profile: PartnerProfile, credentials: CredentialCatalog, states: StateRegistry, text: string): FormReply {
  const fields: FormField[] = [
    {
      name: "state",
      label: "State",
      type: "choice",
      keyword: "state",
      required: false,
      choices: states.codes.map((s) => ({ value: s, label: s })),
      errorCodes: ["profile.unknown-state"],
    },
    {
      name: "track",
      label: "Credential track",
      type: "choice",
      keyword: "track",
      required: false,
      choices: credentials.list().map((t) => ({ value: t.id, label: t.name })),
      errorCodes: ["profile.unknown-track"],
    },
    { name: "certified", label: "Certification or renewal date", type: "text", keyword: "certified", required: false, placeholder: "2026-03-01", errorCodes: ["profile.invalid-date"] },
    { name: "supervisor", label: "Supervisor", type: "user", keyword: "supervisor", required: false, errorCodes: ["profile.self-supervisor", "hours.invalid-mention"] },
  ];
  const initial: Record<string, string | undefined> = {
    state: profile.state,
    track: profile.credentialTrack,
    certified: profile.certificationDate,
    supervisor: profile.supervisorKey,
  };
  return {
    kind: "form",
    ephemeral: true,
    text,
    form: {
      id: "profile",
      title: "Your profile",
      submitLabel: "Save",
      command: "/profile",
      fields: fields.map((f) => (initial[f.name] ? { ...f, initial: initial[f.name]! } : f)),
    },
  };
}
