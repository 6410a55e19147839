import type { CommandHandler } from "../../../src/core/commands/command-handler.js";
import type { Delivery } from "../../../src/core/commands/command-outcome.js";

export interface StoredEntry {
  actor: string;
  args: string;
  deliveryId: string | undefined;
}

/**
 * Test-only stand-in for a storing command: it keeps one entry per delivery id, the contract the real /log-hours
 * follows, and answers a redelivery with the same reply. It lets the e2e tests check what the adapters pass in.
 */
export function createStoringCommand(name: string, entries: StoredEntry[], deliveries: Delivery[] = []): CommandHandler {
  return {
    name,
    run(args, context) {
      const existing = entries.findIndex((e) => e.deliveryId !== undefined && e.deliveryId === context.deliveryId);
      const index = existing >= 0 ? existing : entries.push({ actor: context.actor.key, args, deliveryId: context.deliveryId }) - 1;
      return {
        reply: { kind: "message", ephemeral: true, text: `Stored entry ${index + 1}.` },
        deliveries: existing >= 0 ? [] : deliveries,
      };
    },
  };
}

/** Test-only command whose reply is a file, like `/hours export`. */
export const exportCommand: CommandHandler = {
  name: "hours",
  run: () => ({
    reply: {
      kind: "file",
      ephemeral: true,
      text: "Your hours from 2026-01-01 to 2026-06-30.",
      fileName: "hours-2026-01-01-2026-06-30.csv",
      mimeType: "text/csv",
      content: "date,kind,hours\n2026-01-05,work,2\n",
    },
  }),
};
