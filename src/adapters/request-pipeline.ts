import type { CommandDispatcher } from "../core/commands/command-dispatcher.js";
import type { Logger } from "../core/logger.js";
import type { Messenger } from "../core/messenger.js";
import type { Reply } from "../core/reply.js";
import type { CommandRequest } from "./command-request.js";
import { dispatchRequest } from "./dispatch-request.js";
import { sendDeliveries } from "./send-deliveries.js";

/** What the pipeline needs from the composition root. */
export interface RequestPipelineDeps {
  dispatcher: CommandDispatcher;
  /** Carries a command's deliveries (e.g. a supervisor's confirm request) to whichever platform they address. */
  messenger: Messenger;
  isAdmin: (userKey: string) => boolean;
  now: () => Date;
  logger: Logger;
}

/**
 * How a listener shows the asker their reply: Slack's ack, Discord's interaction reply, a printed line.
 * `updatePost` is a new version of the message whose button ran the command (a meeting's counts), for listeners that can edit it.
 */
export type ShowReply = (reply: Reply, updatePost?: Reply) => Promise<void>;

/**
 * The one path every request takes, whatever platform it came from (grammY's Composer, in one step):
 * log its ids (never its text), dispatch, show the reply where the listener answers, then send the deliveries.
 * An adapter only translates: its event into a CommandRequest, and a Reply into its platform's message.
 */
export interface RequestPipeline {
  handle(request: CommandRequest, show: ShowReply): Promise<void>;
  /** The same pipeline with deliveries going through another messenger (the console prints every delivery). */
  withMessenger(messenger: Messenger): RequestPipeline;
}

export function createRequestPipeline(deps: RequestPipelineDeps): RequestPipeline {
  return {
    async handle(request, show) {
      const { source, retryNum } = request;
      const command = "name" in request ? request.name : undefined;
      if (source) deps.logger.info(source, { command, actor: request.actor.key, deliveryId: request.deliveryId, retryNum });
      const outcome = await dispatchRequest(deps, request);
      await show(outcome.reply, outcome.updatePost);
      await sendDeliveries(deps.messenger, outcome.deliveries ?? [], deps.logger);
    },
    withMessenger: (messenger) => createRequestPipeline({ ...deps, messenger }),
  };
}
