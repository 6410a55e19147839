import type { types } from "@slack/bolt";
import type { AnswerReply, MessageReply, Reply, ReplyAction } from "../../core/reply.js";
import { splitText } from "../split-text.js";
import { truncateText } from "../truncate-text.js";
import { escapeSlackText, plainSlackText } from "./escape-slack-text.js";
import { runCommandActionId } from "./slack-action-id.js";
import {
  SLACK_MAX_ACTIONS,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_MESSAGE_TEXT,
  SLACK_MAX_SECTION_TEXT,
} from "./slack-limits.js";

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and screen readers; Slack shows blocks when there are any. */
  text: string;
  blocks: KnownBlock[];
  response_type: "ephemeral" | "in_channel";
}

const VERDICT_LABEL: Record<AnswerReply["verdict"], string> = {
  allowed: ":white_check_mark: Within scope",
  not_allowed: ":no_entry: Outside scope",
  depends: ":large_yellow_circle: It depends",
  info: ":information_source: Information",
  crisis: ":rotating_light: Get help now",
  unknown: ":grey_question: Not sure",
};

/** A reply as a Slack message (Block Kit), within Slack's limits. Files get a message here; the adapter uploads the file. */
export function renderSlackReply(reply: Reply): SlackMessage {
  const blocks = renderSlackBlocks(reply, SLACK_MAX_BLOCKS);
  return {
    text: truncateText(escapeSlackText(reply.text), SLACK_MAX_MESSAGE_TEXT),
    blocks,
    response_type: reply.ephemeral ? "ephemeral" : "in_channel",
  };
}

/** The reply's blocks within `maxBlocks` (50 in a message, 100 in a view such as the Home tab). */
export function renderSlackBlocks(reply: Reply, maxBlocks: number): KnownBlock[] {
  return numberButtons(fitBlockLimit(blocksOf(reply), maxBlocks));
}

function blocksOf(reply: Reply): KnownBlock[] {
  switch (reply.kind) {
    case "answer":
      return answerBlocks(reply);
    case "message":
      return messageBlocks(reply);
    case "error":
      return sections(`:warning: ${escapeSlackText(reply.text)}`);
    case "file":
      return sections(`${escapeSlackText(reply.text)}\n:page_facing_up: ${escapeSlackText(reply.fileName)}`);
    case "form":
      // Shown only where no modal can open (no trigger id): the text gives the command's syntax.
      return sections(escapeSlackText(reply.text));
  }
}

function answerBlocks(reply: AnswerReply): KnownBlock[] {
  const blocks = sections(`*${VERDICT_LABEL[reply.verdict]}*\n${escapeSlackText(reply.answer)}`);
  const sources = reply.citations.map((c) => `:bookmark: ${escapeSlackText(`${c.document}, ${c.section}`)}`);
  if (sources.length > 0) blocks.push(context(sources.join("\n")));
  if (reply.related.length > 0) {
    blocks.push(context(`Related: ${escapeSlackText(reply.related.map((r) => r.title).join(" · "))}`));
  }
  return [...blocks, ...actionBlocks(reply.actions ?? [])];
}

function messageBlocks(reply: MessageReply): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (reply.title) {
    blocks.push({ type: "header", text: { type: "plain_text", text: truncateText(plainSlackText(reply.title), SLACK_MAX_HEADER_TEXT) } });
  }
  if (reply.sections && reply.sections.length > 0) {
    for (const s of reply.sections) {
      blocks.push(...sections(`*${escapeSlackText(s.title)}*\n${escapeSlackText(s.lines.join("\n"))}`));
      blocks.push(...actionBlocks(s.actions ?? []));
    }
  } else {
    blocks.push(...sections(escapeSlackText(reply.text)));
  }
  return [...blocks, ...actionBlocks(reply.actions ?? [])];
}

/** Buttons in rows of at most 25. A command too long for a button value would run cut short, so it is shown for typing instead. */
function actionBlocks(actions: ReplyAction[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const buttons = actions.filter((a) => a.command.length <= SLACK_MAX_BUTTON_VALUE);
  for (let start = 0; start < buttons.length; start += SLACK_MAX_ACTIONS) {
    blocks.push({ type: "actions", elements: buttons.slice(start, start + SLACK_MAX_ACTIONS).map(button) });
  }
  const typed = actions.filter((a) => a.command.length > SLACK_MAX_BUTTON_VALUE);
  if (typed.length > 0) blocks.push(context(typed.map((a) => `${escapeSlackText(a.label)}: type ${escapeSlackText(a.command)}`).join("\n")));
  return blocks;
}

/** Slack wants action_ids unique within a message: buttons are numbered in order once the blocks are built. */
function numberButtons(blocks: KnownBlock[]): KnownBlock[] {
  let index = 0;
  return blocks.map((block) =>
    block.type === "actions" ? { ...block, elements: block.elements.map((e) => (e.type === "button" ? { ...e, action_id: runCommandActionId(index++) } : e)) } : block,
  );
}

function button(action: ReplyAction): types.Button {
  return {
    type: "button",
    action_id: "",
    text: { type: "plain_text", text: truncateText(action.label, SLACK_MAX_BUTTON_TEXT) },
    value: action.command,
    ...(action.style ? { style: action.style } : {}),
  };
}

/** One section per 3000 characters, split at line breaks: a long report is shown whole, not cut. */
function sections(text: string): KnownBlock[] {
  return splitText(text, SLACK_MAX_SECTION_TEXT).map((piece) => ({ type: "section", text: { type: "mrkdwn", text: piece } }));
}

function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncateText(text, SLACK_MAX_SECTION_TEXT) }] };
}

/** Past the block limit, keep the first blocks and say that the rest is in the plain text. */
function fitBlockLimit(blocks: KnownBlock[], maxBlocks: number): KnownBlock[] {
  if (blocks.length <= maxBlocks) return blocks;
  const kept = blocks.slice(0, maxBlocks - 1);
  return [...kept, context(`${blocks.length - kept.length} more parts did not fit in one Slack message.`)];
}
