import { z } from "zod";

/** Jurisdictions that are not a state: national standards, and facts true everywhere. */
export const NON_STATE_JURISDICTIONS = ["national", "general"] as const;

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lowercase words joined by hyphens");

const state = z.strictObject({
  code: z.string().regex(/^[A-Z]{2,3}$/, "a postal code in capitals, e.g. MT"),
  name: nonEmpty,
  /** How a question names the state ("montana", "mt"); matched as whole words, case-insensitively. */
  mentions: z.array(nonEmpty).min(1),
});

/** The states.json file: states, the source documents entries cite, and the credential tracks. */
export const stateRegistrySchema = z
  .object({
    states: z.array(state).min(1),
    documents: z.array(z.strictObject({ id: slug, jurisdiction: nonEmpty, title: nonEmpty })).min(1),
    tracks: z.array(z.strictObject({ id: slug, state: nonEmpty })),
  })
  .superRefine((registry, ctx) => {
    const codes = new Set<string>();
    registry.states.forEach((s, i) => {
      if (codes.has(s.code)) ctx.addIssue({ code: "custom", path: ["states", i, "code"], message: `'${s.code}' is listed twice` });
      codes.add(s.code);
    });
    const known = [...codes, ...NON_STATE_JURISDICTIONS];
    const unique = (list: "documents" | "tracks") => {
      const seen = new Set<string>();
      registry[list].forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [list, i, "id"], message: `'${item.id}' is listed twice` });
        seen.add(item.id);
      });
    };
    unique("documents");
    unique("tracks");
    registry.documents.forEach((d, i) => {
      if (!known.includes(d.jurisdiction)) {
        ctx.addIssue({ code: "custom", path: ["documents", i, "jurisdiction"], message: `'${d.jurisdiction}' is not one of ${known.join(", ")}` });
      }
    });
    registry.tracks.forEach((t, i) => {
      if (!codes.has(t.state) && t.state !== "national") {
        ctx.addIssue({ code: "custom", path: ["tracks", i, "state"], message: `'${t.state}' is not one of ${[...codes, "national"].join(", ")}` });
      }
    });
  });

export type StateRegistryData = z.infer<typeof stateRegistrySchema>;
