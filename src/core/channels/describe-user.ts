import { referenceText } from "../references/reference-text.js";
import { referenceOfKey } from "../references/reference.js";

/** A person's key as a reference in reply text: each adapter renders it as a mention (or a name where it cannot). */
export function describeUser(userKey: string): string {
  return referenceText(referenceOfKey("user", userKey));
}
