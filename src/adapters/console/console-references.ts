import { mapReferences, referenceText } from "../../core/references/reference-text.js";
import { describeOtherPlatformReference } from "../describe-other-platform-reference.js";
import type { ReferenceSyntax } from "../reference-syntax.js";
import { CONSOLE_PLATFORM } from "./console-platform.js";

// On the console people are their names and channels are `#name`: `@sam`, `#network`, at the start of a word (so
// `sam@example.org` stays an address). A number is not a channel: `#3` is reminder or entry 3.
const CONSOLE_USER = /(^|[\s(])@([\w.-]*\w)/g;
const CONSOLE_CHANNEL = /(^|[\s(])#(?!\d+(?![\w-]))([\w-]+)/g;

export const consoleReferences: ReferenceSyntax = {
  // A console channel's id keeps its `#` (`console:#network`), as keys were always stored; its name is for CHANNELS.
  read: (text) =>
    text
      .replace(CONSOLE_USER, (_m, before: string, name: string) => before + referenceText({ kind: "user", platform: CONSOLE_PLATFORM, id: name }))
      .replace(CONSOLE_CHANNEL, (_m, before: string, name: string) => before + referenceText({ kind: "channel", platform: CONSOLE_PLATFORM, id: `#${name}`, name })),
  render: (ref) => {
    if (ref.platform !== CONSOLE_PLATFORM) return describeOtherPlatformReference(ref);
    return ref.kind === "user" ? `@${ref.id}` : ref.id.startsWith("#") ? ref.id : `#${ref.id}`;
  },
};

/** Core text as the terminal shows it: `@sam`, `#network`. */
export const consoleText = (text: string): string => mapReferences(text, consoleReferences.render);
