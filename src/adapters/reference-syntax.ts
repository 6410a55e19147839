import type { Reference } from "../core/references/reference.js";

/**
 * How one platform writes people and channels: an adapter reads its syntax into the core's references on the way in
 * and writes references back in its syntax on the way out. The core never sees `<@U…>`, `<#id>` or `@name`.
 */
export interface ReferenceSyntax {
  /** Platform text with its mentions and channel links turned into references, as commands read them. */
  read(text: string): string;
  /** One reference as this platform shows it. */
  render(ref: Reference): string;
}
