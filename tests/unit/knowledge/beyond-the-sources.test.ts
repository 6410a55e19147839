import { describe, expect, it } from "vitest";
import { beyondTheSources } from "../../../src/core/knowledge/beyond-the-sources.js";
import type { KnowledgeEntry } from "../../../src/core/knowledge/knowledge-entry.js";
import { createStateRegistry } from "../../../src/core/states/state-registry.js";

const states = createStateRegistry({
  states: [{ code: "MT", name: "Montana", mentions: ["montana", "mt"] }],
  documents: [],
  tracks: [],
} as unknown as Parameters<typeof createStateRegistry>[0]);
const entry = (rule: string): KnowledgeEntry =>
  ({ id: "e", title: "An entry", kind: "requirement", jurisdiction: "MT", source: "doc", section: "s", phrasings: ["x"], keywords: [], related: [], when: [], rule, instead: "", why: "", file: "e.md" }) as KnowledgeEntry;
const plain = entry("Candidates complete a 40-hour course and pass its exam.");

describe("what an entry cannot answer", () => {
  it.each([
    ["What does Texas require for this?", "it covers no rules of Texas"],
    ["how many hours in oregon", "it covers no rules of Oregon"],
    ["Are Nevada's rules the same?", "it covers no rules of Nevada"],
    ["What's the hotline number for families?", "it holds no phone numbers"],
    ["what is the website for the course", "it holds no addresses or websites"],
    ["where can I find the link to sign up", "it holds no addresses or websites"],
    ["How much is the penalty for skipping it?", "it holds no fines or penalties"],
    ["Which billing code goes on the claim?", "it holds no billing codes"],
    ["how much SSI will my son get", "it holds no benefit amounts"],
    ["What's the passing score?", "it holds no that exam's passing score"],
    ["When is the next training?", "it holds no dates of upcoming events (your network's meetings are in `/meeting list`)"],
    ["Does my Montana certificate carry over if I move to Idaho?", "it covers no rules of Idaho"],
    ["I'm relocating from Montana to Oregon next year. What changes?", "it covers no rules of Oregon"],
    ["Who is the current director of the state health department?", "it holds no names of the people in office now"],
    ["What's the phone number for Riverbend Family Services?", "it holds no phone numbers"],
    ["what time does the county library open on sundays", "it holds no opening hours of places"],
    ["Where can parents park when they come to the agency?", "it holds no parking arrangements"],
    ["how many pto days do new family partners get", "it holds no employers' leave policies"],
    ["How much SSI would a child with autism get each month?", "it holds no benefit amounts"],
    ["Which health plan covers family therapy best for a teen?", "it holds no insurance plans' coverage"],
    ["Can a parent sue the district if the IEP isn't followed?", "it holds no legal deadlines or lawsuits"],
    ["is it ok to bring my dog on home visits", "it holds no rules about pets"],
    ["Their German shepherd barks the whole visit. Any tips?", "it holds no rules about pets"],
    // The issue names "a dog at a home visit" as a question no standard answers.
    ["Is it ok if a family's dog is loose during the visit?", "it holds no rules about pets"],
    ["what should i wear to a court hearing with a mom", "it holds no dress codes"],
    ["when is the county fair this year?", "it holds no dates of events"],
    ["any good podcasts for long drives between visits?", "it holds no views on books, shows, games or costumes"],
    ["is that show about teen suicide ok for parents to watch together?", "it holds no views on books, shows, games or costumes"],
  ])("%j against an entry without it: %j", (question, reason) => {
    expect(beyondTheSources(question, plain, states)).toBe(reason);
  });

  it.each([
    ["What does Texas require for this?", "Texas and 24 other states certify peer supporters."],
    ["What's the hotline number?", "Call the line at 406-555-0100."],
    ["What's the phone number for the 988 line?", "Call or text 988 at any hour."],
    ["What's the phone number for Riverbend Family Services?", "Riverbend Family Services answers at 406-555-0100."],
    ["What's the passing score?", "The exam's passing score is 80%."],
    ["When is the next training?", "The next course starts October 3."],
    ["How much SSI does a child get?", "SSI for a child pays up to $943 a month."],
    ["What's her pet peeve about notes?", "Notes are due within a day."],
    ["Can I explain her lab results?", "You may not interpret test results."],
  ])("%j against an entry that holds it (%j): answerable", (question, rule) => {
    expect(beyondTheSources(question, entry(rule), states)).toBeUndefined();
  });

  it.each([
    "I moved here from Texas; how many hours do I need?",
    "I was a peer supporter up from Iowa last year; is that worth anything here?",
    "I live in Idaho and work in Montana: can I apply?",
    "What does Montana require, compared with Texas?",
    "My client Georgia asked me to a party. Can I go?",
    "Is it fine if I miss one class?",
    "May I bring my own notes?",
    "My boss wants me to put photos of our families on the agency website. Is that allowed?",
    "There's a fine line between support and advice: where is it?",
    "What's the number of hours I need?",
    "We're moving to Oregon next month, so I have to stop seeing my families. How do I hand them over?",
    "I'm relocating to Texas in June. What should I do for the parents I support before I go?",
    "Can I meet a mom outside regular office hours when her son is in crisis?",
    "Our agency wants to film a home visit for training. Is a spoken yes enough?",
    "The new mom on my list is in my book club. What do I do first?",
  ])("%j: answerable by the covered state's entry", (question) => {
    expect(beyondTheSources(question, plain, states)).toBeUndefined();
  });

  const national = { ...plain, jurisdiction: "national" } as KnowledgeEntry;
  it.each([
    "Our wraparound team in Ohio keeps losing facilitators. What does the guide say about that?",
    "I coordinate family involvement at a project in Kentucky and facilitators feel watched. Is that common?",
    "At my agency in Washington state we pair partners with facilitators: any downsides?",
  ])("%j: a national entry answers a question that only says where the asker works", (question) => {
    expect(beyondTheSources(question, national, states)).toBeUndefined();
  });

  it.each([
    ["What does Texas require for this?", "Texas"],
    ["how many hours in oregon", "Oregon"],
    ["Are Nevada's rules the same?", "Nevada"],
    ["Does Washington state require fingerprints?", "Washington"],
    ["Is a family partner licensed differently in Ohio?", "Ohio"],
    ["In Iowa, can partners bill for this?", "Iowa"],
  ])("%j: a national entry does not answer for the rules of %s", (question, name) => {
    expect(beyondTheSources(question, national, states)).toBe(`it covers no rules of ${name}`);
  });
});

describe("an entry that only lists a state", () => {
  it("GIVEN an entry naming Oregon in a list of states THEN it covers no rules of Oregon", () => {
    const listing = entry("Twenty states certify peers, among them Idaho, Utah, Oregon and Washington.");
    expect(beyondTheSources("how do I get certified in Oregon?", listing, states)).toBe("it covers no rules of Oregon");
  });

  it("GIVEN an entry that speaks of Oregon itself THEN it answers", () => {
    const about = entry("Oregon certifies family support specialists through its health authority.");
    expect(beyondTheSources("how do I get certified in Oregon?", about, states)).toBeUndefined();
  });
});
