import { describe, expect, it } from "vitest";
import { credentialFromElsewhere } from "../../../src/core/knowledge/credential-from-elsewhere.js";

describe("credentialFromElsewhere", () => {
  it("GIVEN a certificate from a state other than the asker's THEN it is from elsewhere", () => {
    expect(credentialFromElsewhere("I held a peer credential in Oregon for three years before we came to Fresno.", "California")).toBe(true);
    expect(credentialFromElsewhere("I was certified in Texas; does that count in Montana?", undefined)).toBe(true);
  });

  it("GIVEN the asker's own state, or another state without a credential THEN it is not", () => {
    expect(credentialFromElsewhere("I got certified in California last year.", "California")).toBe(false);
    expect(credentialFromElsewhere("My sister lives in Oregon and visits every summer.", "California")).toBe(false);
  });
});

describe("credentialFromElsewhere, of hours worked elsewhere", () => {
  it("GIVEN hours logged in another state toward a certification in the asker's THEN it is not a credential from elsewhere", () => {
    expect(credentialFromElsewhere("Will hours I logged in Nevada count toward certification in California?", "California")).toBe(false);
    expect(credentialFromElsewhere("My Nevada certification lapsed last year.", "California")).toBe(true);
  });
});
