import type { webApi } from "@slack/bolt";
import type { Logger } from "../../core/logger.js";
import type { Reply } from "../../core/reply.js";
import type { ShowReply } from "../request-pipeline.js";
import { fitSlackReply } from "./fit-slack-reply.js";
import { sendFileToAsker } from "./send-file-to-asker.js";

/**
 * A listener's way of answering, then the file step every Slack answer shares: a file reply's file goes to the
 * asker's direct messages (Slack has no ephemeral files); `onUploadFailed` tells them when Slack refused it.
 * A reply too long for one message becomes such a file first.
 */
export function showThenSendFile(
  client: webApi.WebClient,
  userId: string,
  logger: Logger,
  show: (reply: Reply) => Promise<unknown>,
  onUploadFailed?: () => Promise<unknown>,
): ShowReply {
  return async (reply) => {
    const fitted = fitSlackReply(reply);
    await show(fitted);
    if (!(await sendFileToAsker(client, userId, fitted, logger)) && onUploadFailed) await onUploadFailed();
  };
}
