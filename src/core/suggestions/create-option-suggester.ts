import { addDays, calendarDateIn } from "../hours/calendar-date.js";
import { describeEntry } from "../hours/describe-entry.js";
import type { HoursServices } from "../hours/hours-services.js";
import type { KnowledgeBase } from "../knowledge/knowledge-base.js";
import type { OptionSuggester, OptionSuggestion } from "./option-suggester.js";

// Discord: at most 25 choices, each name and value at most 100 characters.
const MAX_SUGGESTIONS = 25;
const MAX_TEXT = 100;
const RECENT_DAYS = 92;
const RECENT_ENTRIES = 10;

/**
 * `/ask`: knowledge entry titles containing every word typed so far. `/hours`: `edit <id>` and `delete <id>` for the
 * partner's own recent entries, when what is typed starts like one (or is empty). Nothing typed is stored or logged.
 */
export function createOptionSuggester(knowledge: () => KnowledgeBase, hours: () => HoursServices): OptionSuggester {
  return {
    async suggest(command, _option, typed, actor, now) {
      if (command === "ask") return entryTitles(knowledge(), typed);
      if (command === "hours") return ownEntries(hours(), typed, actor.key, now);
      return [];
    },
  };
}

function entryTitles(knowledge: KnowledgeBase, typed: string): OptionSuggestion[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const titles = [...new Set(knowledge.entries().map((e) => e.title))].filter((t) => words.every((w) => t.toLowerCase().includes(w)));
  return titles.slice(0, MAX_SUGGESTIONS).map((t) => ({ label: t.slice(0, MAX_TEXT), value: t.slice(0, MAX_TEXT) }));
}

async function ownEntries(hours: HoursServices, typed: string, userKey: string, now: Date): Promise<OptionSuggestion[]> {
  const [verb = "", idPart = ""] = typed.trim().toLowerCase().split(/\s+/);
  const verbs = ["edit", "delete"].filter((v) => v.startsWith(verb));
  if (verbs.length === 0) return [];
  const today = calendarDateIn(now, hours.timeZone);
  const recent = (await hours.entries.list(userKey, { from: addDays(today, -RECENT_DAYS) }))
    .sort((a, b) => b.id - a.id)
    .filter((e) => String(e.id).startsWith(idPart))
    .slice(0, RECENT_ENTRIES);
  return verbs.flatMap((v) => recent.map((e) => ({ label: `${v} ${describeEntry(e)}`.slice(0, MAX_TEXT), value: `${v} ${e.id}` }))).slice(0, MAX_SUGGESTIONS);
}
