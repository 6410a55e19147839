import { z } from "zod";

// Discord: names are 1-32 lowercase letters, digits, `-` or `_`; Slack accepts the same, so one rule serves both.
const commandName = z.string().regex(/^[a-z0-9_-]{1,32}$/, "1-32 lowercase letters, digits, '-' or '_', e.g. log-hours");
// Discord: command and option descriptions are 1-100 characters.
const DISCORD_DESCRIPTION_MAX = 100;
// Discord: at most 25 choices per option and 25 options per command.
const DISCORD_CHOICES_MAX = 25;
const DISCORD_OPTIONS_MAX = 25;

const description = z.string().trim().min(1).max(DISCORD_DESCRIPTION_MAX);

export const commandOptionSpecSchema = z.object({
  name: commandName,
  description,
  // Every option is text: the core parses one syntax, so typed options are joined back into the argument line.
  type: z.literal("string"),
  required: z.boolean(),
  choices: z.array(z.string().min(1).max(100)).min(1).max(DISCORD_CHOICES_MAX).optional(),
  /** Discord suggests values as the person types (entry titles for /ask, their own entries for /hours edit). */
  autocomplete: z.boolean().optional(),
}).refine((o) => !(o.autocomplete && o.choices), { message: "an option has choices or autocomplete, not both (Discord refuses both)", path: ["autocomplete"] });

export const commandSpecSchema = z
  .object({
    name: commandName,
    description,
    usage: z.string().trim().startsWith("/").min(2),
    examples: z.array(z.string().trim().startsWith("/")).min(1),
    options: z.array(commandOptionSpecSchema).max(DISCORD_OPTIONS_MAX),
  })
  .superRefine((spec, ctx) => {
    // Discord: required options must come before optional ones.
    const firstOptional = spec.options.findIndex((o) => !o.required);
    if (firstOptional >= 0 && spec.options.slice(firstOptional).some((o) => o.required)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "list required options before optional ones" });
    }
    for (const example of spec.examples) {
      if (example !== `/${spec.name}` && !example.startsWith(`/${spec.name} `)) {
        ctx.addIssue({ code: "custom", path: ["examples"], message: `'${example}' does not start with /${spec.name}` });
      }
    }
  });

/** One slash command as data: the Slack manifest and the Discord registration are both generated from it. */
export type CommandSpec = z.infer<typeof commandSpecSchema>;
export type CommandOptionSpec = z.infer<typeof commandOptionSpecSchema>;
