/**
 * What Discord says of a message or modal it would refuse: 400 `{ code: 50035, message: "Invalid Form Body", errors }`
 * with `errors` nested by JSON path, as the real API answers. The limits are Discord's documented ones, written out
 * here rather than imported from src/, so the fake checks the renderer instead of agreeing with it.
 */
export interface DiscordFormError {
  code: number;
  message: string;
  errors: Record<string, unknown>;
}

type Problem = { path: (string | number)[]; code: string; message: string };
type Json = Record<string, unknown>;

const tooLong = (path: (string | number)[], max: number): Problem => ({ path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` });

function checkLength(problems: Problem[], value: unknown, path: (string | number)[], max: number): number {
  const text = typeof value === "string" ? value : "";
  // Discord counts characters (code points), which never exceed JavaScript's UTF-16 length.
  const length = [...text].length;
  if (length > max) problems.push(tooLong(path, max));
  return length;
}

/** The errors Discord would give a message body (content, embeds, buttons), or undefined when it takes it. */
export function discordMessageErrors(body: Json, hasFiles = false): DiscordFormError | undefined {
  const problems: Problem[] = [];
  checkLength(problems, body.content, ["content"], 2000);
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  if (embeds.length > 10) problems.push(tooLong(["embeds"], 10));
  let total = 0;
  embeds.forEach((embed, i) => {
    total += checkLength(problems, embed.title, ["embeds", i, "title"], 256);
    total += checkLength(problems, embed.description, ["embeds", i, "description"], 4096);
    total += checkLength(problems, (embed.footer as Json | undefined)?.text, ["embeds", i, "footer", "text"], 2048);
    total += checkLength(problems, (embed.author as Json | undefined)?.name, ["embeds", i, "author", "name"], 256);
    const fields = (embed.fields as Json[] | undefined) ?? [];
    if (fields.length > 25) problems.push(tooLong(["embeds", i, "fields"], 25));
    fields.forEach((field, j) => {
      total += checkLength(problems, field.name, ["embeds", i, "fields", j, "name"], 256);
      total += checkLength(problems, field.value, ["embeds", i, "fields", j, "value"], 1024);
    });
  });
  if (total > 6000) problems.push({ path: ["embeds"], code: "MAX_EMBED_SIZE_EXCEEDED", message: "Embed size exceeds maximum size of 6000" });
  checkComponents(problems, (body.components as Json[] | undefined) ?? []);
  const empty = !body.content && embeds.length === 0 && !hasFiles && !(body.components as unknown[] | undefined)?.length;
  if (empty) return { code: 50006, message: "Cannot send an empty message", errors: {} };
  return formError(problems);
}

function checkComponents(problems: Problem[], rows: Json[]): void {
  if (rows.length > 5) problems.push(tooLong(["components"], 5));
  rows.forEach((row, i) => {
    const parts = (row.components as Json[] | undefined) ?? [];
    if (parts.length > 5) problems.push(tooLong(["components", i, "components"], 5));
    parts.forEach((part, j) => {
      checkLength(problems, part.custom_id, ["components", i, "components", j, "custom_id"], 100);
      checkLength(problems, part.label, ["components", i, "components", j, "label"], 80);
    });
  });
}

/**
 * The errors Discord would give a modal (interaction callback type 9): title 45, custom ids 100, 1 to 5 top-level
 * components, labels 45, a text input's value and max_length 4000 and placeholder 100, a select's 25 options of 100.
 */
export function discordModalErrors(modal: Json): DiscordFormError | undefined {
  const problems: Problem[] = [];
  checkLength(problems, modal.title, ["data", "title"], 45);
  checkLength(problems, modal.custom_id, ["data", "custom_id"], 100);
  const components = (modal.components as Json[] | undefined) ?? [];
  if (components.length < 1 || components.length > 5) problems.push({ path: ["data", "components"], code: "BASE_TYPE_BAD_LENGTH", message: "Must be between 1 and 5 in length." });
  components.forEach((top, i) => {
    const path = ["data", "components", i];
    // A label (type 18) holds one component; a legacy action row (type 1) holds one text input.
    const inner = top.type === 18 ? [top.component as Json] : ((top.components as Json[] | undefined) ?? []);
    if (top.type === 18) checkLength(problems, top.label, [...path, "label"], 45);
    inner.forEach((part, j) => {
      const at = top.type === 18 ? [...path, "component"] : [...path, "components", j];
      checkLength(problems, part.custom_id, [...at, "custom_id"], 100);
      if (part.type === 4) {
        checkLength(problems, part.label, [...at, "label"], 45);
        checkLength(problems, part.value, [...at, "value"], 4000);
        checkLength(problems, part.placeholder, [...at, "placeholder"], 100);
        if (typeof part.max_length === "number" && part.max_length > 4000) problems.push({ path: [...at, "max_length"], code: "NUMBER_TYPE_MAX", message: "int value should be less than or equal to 4000." });
      }
      const options = (part.options as Json[] | undefined) ?? [];
      if (options.length > 25) problems.push(tooLong([...at, "options"], 25));
      options.forEach((option, k) => {
        checkLength(problems, option.label, [...at, "options", k, "label"], 100);
        checkLength(problems, option.value, [...at, "options", k, "value"], 100);
      });
    });
  });
  return formError(problems);
}

function formError(problems: Problem[]): DiscordFormError | undefined {
  if (problems.length === 0) return undefined;
  const errors: Json = {};
  for (const { path, code, message } of problems) {
    let node = errors;
    for (const key of path) node = (node[String(key)] ??= {}) as Json;
    node._errors = [...((node._errors as unknown[] | undefined) ?? []), { code, message }];
  }
  return { code: 50035, message: "Invalid Form Body", errors };
}
