import type { HoursServices } from "../hours/hours-services.js";
import { tokenizeArguments } from "../hours/tokenize-arguments.js";
import type { CommandHandler } from "./command-handler.js";
import { hoursConfirm } from "./hours/hours-confirm.js";
import { hoursDelete } from "./hours/hours-delete.js";
import { hoursEdit } from "./hours/hours-edit.js";
import { hoursExport } from "./hours/hours-export.js";
import { hoursPending } from "./hours/hours-pending.js";
import { hoursReport } from "./hours/hours-report.js";
import type { HoursSubcommand } from "./hours/hours-subcommand.js";
import { hoursSummary } from "./hours/hours-summary.js";
import { hoursUndo } from "./hours/hours-undo.js";
import { ownEntry } from "../own-entry.js";

const SUBCOMMANDS: Record<string, HoursSubcommand> = {
  undo: hoursUndo,
  edit: hoursEdit,
  delete: hoursDelete,
  remove: hoursDelete,
  export: hoursExport,
  confirm: hoursConfirm,
  pending: hoursPending,
  report: hoursReport,
};

/** `/hours`: a summary by default (`/hours month`), or one of the subcommands above. */
export function createHoursCommand(services: HoursServices): CommandHandler {
  return {
    name: "hours",
    run(args, context) {
      const words = tokenizeArguments(args);
      const sub = ownEntry(SUBCOMMANDS, words[0]?.toLowerCase() ?? "");
      return sub ? sub(words.slice(1), context, services) : hoursSummary(words, context, services);
    },
  };
}
