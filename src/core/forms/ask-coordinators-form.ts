import type { FormReply } from "../reply.js";

/** The question to pass on, to read over (and, when it carries a family's details, to rewrite) before it is sent. */
export function askCoordinatorsForm(question: string, warning?: string): FormReply {
  const intro = warning ?? "Your question goes to the network's coordinators, in their channel. Read it over before you send it.";
  return {
    kind: "form",
    ephemeral: true,
    text: `${intro} Send it with /kb ask-coordinators <your question>.`,
    form: {
      id: "ask-coordinators",
      title: "Ask the coordinators",
      submitLabel: "Send",
      intro,
      command: "/kb ask-coordinators",
      fields: [
        {
          name: "question",
          label: "Your question",
          type: "text",
          required: true,
          multiline: true,
          ...(question ? { initial: question } : {}),
          errorCodes: ["kb.empty-question"],
        },
      ],
    },
  };
}
