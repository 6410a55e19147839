import type { Reply, ReplyAction, ReplySection } from "../core/reply.js";

/**
 * The reply with `write` applied to every text a person reads or types back (labels and button commands too), so an
 * adapter can turn the core's references into its own syntax before it lays the reply out and applies its limits.
 */
export function mapReplyText(reply: Reply, write: (text: string) => string): Reply {
  const actions = (list?: ReplyAction[]) => list?.map((a) => ({ ...a, label: write(a.label), command: write(a.command) }));
  const sections = (list?: ReplySection[]) =>
    list?.map((s) => ({ ...s, title: write(s.title), lines: s.lines.map(write), ...(s.actions ? { actions: actions(s.actions) } : {}) }));
  const base = { ...reply, text: write(reply.text) };
  switch (base.kind) {
    case "answer":
      return { ...base, answer: write(base.answer), ...(base.actions ? { actions: actions(base.actions) } : {}) };
    case "message":
      return {
        ...base,
        ...(base.title !== undefined ? { title: write(base.title) } : {}),
        ...(base.sections ? { sections: sections(base.sections) } : {}),
        ...(base.actions ? { actions: actions(base.actions) } : {}),
      };
    case "error":
    case "file":
    case "form":
      return base;
  }
}
