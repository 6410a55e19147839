import { describe, expect, it } from "vitest";
import { mentionsIdentifyingDetails } from "../../../src/core/knowledge/identifying-details.js";

describe("identifying details", () => {
  it.each([
    "Jamie Ortiz, born 3/14/2015, can I share her IEP?",
    "call the mom at (406) 555-0142 about meds?",
    "her email is jo.smith@example.com, can I forward it?",
    "they live at 412 Pine Street, can I visit?",
    "the child's DOB is in my notes, can I text it to the teacher?",
  ])("GIVEN %j THEN it carries identifying details", (message) => {
    expect(mentionsIdentifyingDetails(message)).toBe(true);
  });

  it.each(["Can I advise a parent on medication?", "How many hours do I need by 2027-01-12?", "Can I attend an IEP meeting on 11/20?"])(
    "GIVEN %j THEN it does not",
    (message) => {
      expect(mentionsIdentifyingDetails(message)).toBe(false);
    },
  );
});
