import { describeUser } from "../../channels/describe-user.js";
import { calendarDateIn } from "../../hours/calendar-date.js";
import { askCoordinatorsForm } from "../../forms/ask-coordinators-form.js";
import { CONFIDENTIALITY_REMINDER, mentionsIdentifyingDetails } from "../../knowledge/identifying-details.js";
import { buildMessageReply } from "../build-message-reply.js";
import { UserError } from "../user-error.js";
import type { KbSubcommand } from "./kb-subcommand.js";

/**
 * `/kb ask-coordinators <question>`: pressed under an "I don't know", it posts the question to QUESTIONS_CHANNEL.
 * A question carrying a family's details is not sent: it comes back in a form, with the warning, to be rewritten.
 * Only the fact that a question was passed on is stored; its text is in the channel the partner chose to post it to.
 */
export const kbAskCoordinators: KbSubcommand = async (_words, rest, context, services) => {
  if (!services.questionsChannel) {
    throw new UserError("kb.no-questions-channel", "This network has no channel for questions yet (QUESTIONS_CHANNEL). Please ask your supervisor.");
  }
  const question = rest.replace(/\s+/g, " ").trim();
  if (!question) return { reply: askCoordinatorsForm("") };
  if (mentionsIdentifyingDetails(question)) {
    return { reply: askCoordinatorsForm(question, `Nothing was sent: your question seems to carry a family's details. ${CONFIDENTIALITY_REMINDER}`) };
  }
  const on = calendarDateIn(context.now, services.timeZone);
  await services.feedback.recordPassedOn(on, context.deliveryId ? `${context.actor.platform}:${context.deliveryId}` : undefined);
  return {
    reply: buildMessageReply({ title: "Sent to your network's coordinators. They will answer in their channel." }),
    deliveries: [
      {
        to: { kind: "channel", channelKey: services.questionsChannel },
        reply: buildMessageReply({
          title: "A question the knowledge base could not answer",
          sections: [{ title: "Question", lines: [`From ${describeUser(context.actor.key)}: ${question}`] }],
          ephemeral: false,
        }),
      },
    ],
  };
};
