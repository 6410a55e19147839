import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "../../../src/core/knowledge/knowledge-base.js";
import type { AnswerReply } from "../../../src/core/reply.js";
import { loadKnowledgeBase } from "../../../src/search/load-knowledge-base.js";
import { createKbHarness, type KbHarness } from "./kb-harness.js";

const SETTLED = "Can I advise a parent on their child's medication?";
const UNKNOWN = "what colour is the moon on tuesdays";

let knowledge: KnowledgeBase;
let h: KbHarness;
beforeAll(() => {
  knowledge = loadKnowledgeBase();
});
afterEach(() => h?.close());

const tableText = (h: KbHarness) => JSON.stringify(["kb_answers", "kb_votes", "kb_passed_on"].map((t) => h.db.prepare(`SELECT * FROM ${t}`).all()));

describe("answer actions: share, rate, ask the coordinators", () => {
  it("GIVEN a settled answer THEN Share and Helpful/Not helpful carry the entry and verdict, and only verdict and entry are counted", async () => {
    h = createKbHarness(knowledge);
    const { reply } = await h.run("maria", `/ask ${SETTLED}`);
    const answer = reply as AnswerReply;
    const entry = answer.citations[0]!.entryId;
    expect(answer.actions?.map((a) => a.command)).toEqual([
      `/kb share ${entry} not_allowed`,
      `/kb vote ${entry} not_allowed helpful`,
      `/kb vote ${entry} not_allowed not-helpful`,
    ]);
    expect(h.db.prepare("SELECT verdict, entry_id FROM kb_answers").all()).toEqual([{ verdict: "not_allowed", entry_id: entry }]);
    expect(tableText(h)).not.toContain("medication?");
  });

  it("GIVEN Share pressed THEN the answer is posted visibly with its citation, and the question is not in it", async () => {
    h = createKbHarness(knowledge);
    const asked = (await h.run("maria", `/ask ${SETTLED}`)).reply as AnswerReply;
    const shared = (await h.run("maria", asked.actions![0]!.command)).reply as AnswerReply;
    expect(shared).toMatchObject({ kind: "answer", ephemeral: false, verdict: "not_allowed", citations: [asked.citations[0]] });
    expect(shared.text).toMatch(/^Not allowed \(Montana\)/);
    expect(shared.text).not.toContain(SETTLED);
    expect(shared.actions).toBeUndefined();
  });

  it("GIVEN votes THEN one per person per entry, changeable, and a repeated Slack retry of /ask counts once", async () => {
    h = createKbHarness(knowledge);
    const asked = (await h.run("maria", `/ask ${SETTLED}`, { platform: "slack", deliveryId: "t1" })).reply as AnswerReply;
    await h.run("maria", `/ask ${SETTLED}`, { platform: "slack", deliveryId: "t1" });
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM kb_answers").get()).toEqual({ n: 1 });
    const [, helpful, notHelpful] = asked.actions!;
    expect((await h.run("maria", helpful!.command)).reply.text).toMatch(/^Thanks: you rated .* helpful/);
    expect((await h.run("maria", helpful!.command)).reply.text).toMatch(/^Thanks/);
    expect((await h.run("maria", notHelpful!.command)).reply.text).toMatch(/^Changed your rating of .* to not helpful/);
    await h.run("lee", helpful!.command);
    expect(h.db.prepare("SELECT voter_key, helpful FROM kb_votes ORDER BY voter_key").all()).toEqual([
      { voter_key: "console:lee", helpful: 1 },
      { voter_key: "console:maria", helpful: 0 },
    ]);
    expect((await h.run("maria", "/kb vote no-such-entry info helpful")).reply).toMatchObject({ kind: "error", code: "kb.unknown-entry" });
    expect((await h.run("maria", helpful!.command.replace("helpful", "great"))).reply).toMatchObject({ code: "kb.unknown-rating" });
  });

  it("GIVEN an I don't know THEN Ask the coordinators posts the question to QUESTIONS_CHANNEL only when pressed; family details come back in a form", async () => {
    h = createKbHarness(knowledge);
    const asked = await h.run("maria", `/ask ${UNKNOWN}`);
    expect(asked.deliveries).toBeUndefined();
    const press = (asked.reply as AnswerReply).actions!;
    expect(press.map((a) => a.label)).toEqual(["Ask the coordinators"]);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM kb_passed_on").get()).toEqual({ n: 0 });
    const sent = await h.run("maria", press[0]!.command);
    expect(sent.reply.text).toContain("Sent to your network's coordinators");
    expect(sent.deliveries).toHaveLength(1);
    expect(sent.deliveries![0]!.to).toEqual({ kind: "channel", channelKey: "console:#questions" });
    expect(sent.deliveries![0]!.reply.text).toContain(UNKNOWN);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM kb_passed_on").get()).toEqual({ n: 1 });

    const withDetails = await h.run("maria", "/kb ask-coordinators Can I visit Jamie Ortiz, born 3/14/2015, at 12 Elm Street?");
    expect(withDetails.deliveries).toBeUndefined();
    expect(withDetails.reply).toMatchObject({ kind: "form", form: { id: "ask-coordinators", command: "/kb ask-coordinators" } });
    expect(withDetails.reply.kind === "form" && withDetails.reply.form.intro).toMatch(/^Nothing was sent: .*family's details/);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM kb_passed_on").get()).toEqual({ n: 1 });
    expect(tableText(h)).not.toContain("moon");
  });

  it("GIVEN no QUESTIONS_CHANNEL THEN no Ask the coordinators button, and the typed command says why", async () => {
    h = createKbHarness(knowledge, null);
    expect(((await h.run("maria", `/ask ${UNKNOWN}`)).reply as AnswerReply).actions).toBeUndefined();
    expect((await h.run("maria", `/kb ask-coordinators ${UNKNOWN}`)).reply).toMatchObject({ code: "kb.no-questions-channel" });
  });

  it("GIVEN answers, votes and a passed-on question over two weeks THEN /kb report counts them per week for admins only", async () => {
    h = createKbHarness(knowledge);
    const lastWeek = new Date("2026-11-17T17:00:00Z");
    const asked = (await h.run("maria", `/ask ${SETTLED}`, { now: lastWeek })).reply as AnswerReply;
    await h.run("lee", `/ask ${UNKNOWN}`, { now: lastWeek });
    await h.run("maria", `/ask ${UNKNOWN}`);
    await h.run("maria", `/kb ask-coordinators ${UNKNOWN}`);
    await h.run("maria", asked.actions![2]!.command);
    await h.run("lee", asked.actions![1]!.command);
    expect((await h.run("maria", "/kb report")).reply).toMatchObject({ code: "kb.admin-only" });
    const report = (await h.run("dana", "/kb report 2", { admin: true })).reply.text;
    expect(report).toContain(`last 2 weeks: 3 answers, 67% "I don't know"`);
    expect(report).toContain("Week of 2026-11-23: 1 answers (none with a verdict); I don't know 1 (100%); 1 passed on");
    expect(report).toContain("Week of 2026-11-16: 2 answers (not allowed 1); I don't know 1 (50%); 0 passed on");
    expect(report).toMatch(/\(mt-no-advice-on-medication\): 1 of 2 not helpful/);
    expect(report).not.toContain("moon");
    expect((await h.run("dana", "/kb report 99", { admin: true })).reply).toMatchObject({ code: "kb.invalid-weeks" });
  });
});
