import { z } from "zod";

// The shape of a `platform:id` key; whether the platform is registered is checked with the adapters.
const channelKey = /^[a-z][a-z0-9-]*:[^\s,;:]+$/;
const channelName = /^#?[a-z0-9][\w-]*$/i;

/**
 * CHANNELS: `#network=slack:C024BE7LR discord:80351110224678912; #ceu=slack:C0CEU` -> { network: [keys] }.
 * Names are kept without `#`, lowercased, so `#Network` and `#network` are one channel.
 */
export const channelNamesSchema = z
  .string()
  .default("")
  .transform((raw, ctx) => {
    const names: Record<string, string[]> = {};
    for (const group of raw.split(";").map((g) => g.trim()).filter(Boolean)) {
      const [name = "", keys = ""] = group.split("=", 2).map((part) => part.trim());
      const targets = keys.split(/[\s,]+/).filter(Boolean);
      const bad = targets.find((key) => !channelKey.test(key));
      if (!channelName.test(name) || targets.length === 0 || bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `"${group}" should be a name, '=' and platform:id channels, e.g. #network=slack:C024BE7LR discord:80351110224678912; groups separated by ';'`,
        });
        return z.NEVER;
      }
      names[name.replace(/^#/, "").toLowerCase()] = [...new Set(targets)];
    }
    return names;
  });
