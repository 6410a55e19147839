import { UserError } from "../commands/user-error.js";
import { readReference } from "../references/reference-text.js";
import { referenceKey } from "../references/reference.js";

// `@name` is how people are named in every chat: a word like it that is no reference was meant as a person but not
// picked (so not read as one), which deserves a specific answer rather than becoming part of a note.
const MEANT_AS_PERSON = /^@\S+$/;

/** True when the word is a person, as the adapter read its platform's mention, or was plainly meant as one. */
export function looksLikeMention(word: string): boolean {
  return readReference(word)?.kind === "user" || MEANT_AS_PERSON.test(word);
}

/** The user key a mention names. The adapter has turned its platform's mention syntax into a reference already. */
export function parseUserMention(word: string): string {
  const ref = readReference(word);
  if (ref?.kind === "user") return referenceKey(ref);
  throw new UserError(
    "hours.invalid-mention",
    `I can't tell who "${word}" is: mention them so their name turns into a link, e.g. /log-hours 1 supervision with @sam.`,
  );
}
