import { describe, expect, it } from "vitest";
import { fieldForError, formCommandLine } from "../../../src/core/forms/form-command-line.js";
import { editEntryForm } from "../../../src/core/forms/edit-entry-form.js";
import { logHoursForm } from "../../../src/core/forms/log-hours-form.js";

describe("forms", () => {
  it("GIVEN the log-hours form filled in THEN the command line the parser reads, empty fields left out, the supervisor after 'with'", () => {
    const { form } = logHoursForm();
    expect(form.fields.map((f) => f.name)).toEqual(["hours", "kind", "date", "supervisor", "note"]);
    expect(formCommandLine(form, { hours: " 1.5 ", kind: "work", date: "", note: "home visit" })).toBe("/log-hours 1.5 work home visit");
    expect(formCommandLine(form, { hours: "1", kind: "supervision", supervisor: "slack:U2", date: "yesterday" })).toBe("/log-hours 1 supervision yesterday with slack:U2");
  });

  it("GIVEN an error code THEN the field it belongs to, or none for a form-wide error", () => {
    const { form } = logHoursForm();
    expect(fieldForError(form, "hours.invalid-duration")).toBe("hours");
    expect(fieldForError(form, "hours.future-date")).toBe("date");
    expect(fieldForError(form, "hours.missing-supervisor")).toBe("supervisor");
    expect(fieldForError(form, "hours.missing-course")).toBe("note");
    expect(fieldForError(form, "internal")).toBeUndefined();
  });

  it("GIVEN an entry THEN the edit form is filled with its values and submits to /hours edit <id> with the note named", () => {
    const reply = editEntryForm({ id: 12, userKey: "console:maria", kind: "work", minutes: 90, date: "2026-11-20", note: "visit", loggedAt: "" });
    expect(reply.form.fields.map((f) => f.initial)).toEqual(["1h30m", "work", "2026-11-20", undefined, "visit"]);
    expect(formCommandLine(reply.form, { hours: "2h", kind: "work", date: "2026-11-20", note: "home visit" })).toBe("/hours edit 12 2h work 2026-11-20 note home visit");
  });
});
