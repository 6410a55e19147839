import type { ErrorReply } from "../../core/reply.js";

export const fileUploadFailedReply: ErrorReply = {
  kind: "error",
  code: "slack.file-upload-failed",
  ephemeral: true,
  text: "I could not send you the file just now (Slack refused the upload). Nothing was changed; please run the command again in a minute.",
};
