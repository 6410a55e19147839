import type { ReplyForm } from "./forms/reply-form.js";
import type { Jurisdiction } from "./knowledge/knowledge-entry.js";

/** The verdict an answer carries; `info` for facts, `crisis` when triage took over, `unknown` below confidence. */
export type Verdict = "allowed" | "not_allowed" | "depends" | "info" | "crisis" | "unknown";

export interface Citation {
  document: string;
  section: string;
  title: string;
  entryId: string;
}

/** A button: pressing it runs `command` as the person who pressed it (on the console, they type it). */
export interface ReplyAction {
  label: string;
  command: string;
  style?: "primary" | "danger";
}

export interface ReplySection {
  title: string;
  lines: string[];
  /** Buttons that belong to this section (e.g. Delete on a listed entry), shown with it. */
  actions?: ReplyAction[];
}

interface ReplyBase {
  /** The whole reply as plain text: what the console prints and what notifications fall back to. */
  text: string;
  /** Personal replies are seen only by the person who asked. */
  ephemeral: boolean;
}

export interface AnswerReply extends ReplyBase {
  kind: "answer";
  verdict: Verdict;
  /** The plain answer shown to the user (the verdict line, what to do instead, why). */
  answer: string;
  citations: Citation[];
  related: { id: string; title: string }[];
  jurisdiction?: Jurisdiction;
  /** What the asker can do with the answer: share it, rate it, pass the question on. */
  actions?: ReplyAction[];
}

export interface MessageReply extends ReplyBase {
  kind: "message";
  title?: string;
  sections?: ReplySection[];
  actions?: ReplyAction[];
}

export interface ErrorReply extends ReplyBase {
  kind: "error";
  /** Stable code for tests and logs, e.g. `hours.invalid-duration`. */
  code: string;
}

export interface FileReply extends ReplyBase {
  kind: "file";
  fileName: string;
  mimeType: string;
  content: string;
}

/** A form to fill in instead of remembering a command's syntax: a Slack or Discord modal, usage text on the console. */
export interface FormReply extends ReplyBase {
  kind: "form";
  form: ReplyForm;
}

/** The platform-neutral reply every adapter renders with an exhaustive switch on `kind`. */
export type Reply = AnswerReply | MessageReply | ErrorReply | FileReply | FormReply;
