import type { CommandContext } from "../command-context.js";
import { UserError } from "../user-error.js";

/** Channel reminders speak for the network, so only ADMINS change them; anyone may list and preview. */
export function requireAdmin(context: CommandContext, action: string): void {
  if (!context.isAdmin) {
    throw new UserError(
      "reminders.admin-only",
      `Only network admins (ADMINS in Porchlight's configuration) can ${action} channel reminders. Ask an admin, or see what is set with /reminders list.`,
    );
  }
}
