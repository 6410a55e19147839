import { describe, expect, it } from "vitest";
import { assessRisk, type CrisisKind } from "../../../src/core/safety/assess-risk.js";

/** Crisis messages by concept, each with the kind of crisis it is. */
export type CrisisCases = Record<string, [string, CrisisKind][]>;
/** Harmless messages near a crisis in words, by family. */
export type LookalikeCases = Record<string, string[]>;

/** One test per message: each crisis is triaged as its kind, and no lookalike is taken for a crisis. */
export function describeTriageCases(title: string, crises: CrisisCases, lookalikes: LookalikeCases): void {
  describe(title, () => {
    for (const [concept, cases] of Object.entries(crises)) {
      it.each(cases)(`GIVEN ${concept}: %j THEN it is a %s crisis`, (message, kind) => {
        expect(assessRisk(message)).toEqual({ level: "crisis", kind });
      });
    }
    for (const [family, messages] of Object.entries(lookalikes)) {
      it.each(messages)(`GIVEN ${family}: %j THEN it is not a crisis`, (message) => {
        expect(assessRisk(message).level).not.toBe("crisis");
      });
    }
  });
}
