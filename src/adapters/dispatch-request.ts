import type { CommandOutcome } from "../core/commands/command-outcome.js";
import type { CommandRequest } from "./command-request.js";
import type { RequestPipelineDeps } from "./request-pipeline.js";

/** Runs a translated platform request through the dispatcher, adding what only the composition root knows. */
export function dispatchRequest(deps: RequestPipelineDeps, request: CommandRequest): Promise<CommandOutcome> {
  const context = {
    actor: request.actor,
    isAdmin: deps.isAdmin(request.actor.key),
    now: deps.now(),
    ...(request.deliveryId ? { deliveryId: request.deliveryId } : {}),
    ...(request.channel ? { channel: request.channel } : {}),
  };
  return "line" in request
    ? deps.dispatcher.dispatchLine(request.line, context)
    : deps.dispatcher.dispatch(request.name, request.args, context);
}
