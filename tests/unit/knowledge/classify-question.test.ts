import { describe, expect, it } from "vitest";
import { classifyQuestion } from "../../../src/core/knowledge/classify-question.js";
import { loadStateRegistry } from "../../../src/registry-files/load-state-registry.js";

const states = loadStateRegistry();

describe("question classification", () => {
  it("GIVEN a story before the ask THEN the ask decides, wherever it stands", () => {
    const question = "A grandma I support brought me a pie. It was still warm. Can I take it home?";
    expect(classifyQuestion(question, states, "Can I take it home?").asksPermission).toBe(true);
    expect(classifyQuestion("When I asked how she was, she cried. What does the training say about grief?", states, "What does the training say about grief?").asksPermission).toBe(false);
  });

  it.each([
    "Can I advise a parent on medication?",
    "am i allowed to accept a gift card",
    "Is it ok to give a parent a ride?",
    "Would it be alright to hug a parent?",
    "Can a parent be hired as the wraparound facilitator?",
    "I already know this family from church, can I still support them?",
    "May we record the meeting?",
    "mom asks if she should stop his meds, what do i tell her?",
    "do i have to turn down the blanket she made me?",
    "Is a thank-you note from me enough, or do I need her signature?",
    "Does helping a dad fill out a housing form fall within my role?",
    "Is it ever acceptable for a peer supporter to suggest skipping a dose?",
    "Is it really okay to text a parent at night?",
    "Is sitting in on a school discipline hearing within my role?",
    "Is that part of what a family partner does?",
    "A dad wants help reading his son's discharge papers. Is that something peer supporters do?",
    "Would that count as supervised hours?",
    "thats ok right",
    "its fine tho yeah",
    "Is helping a dad with a housing form part of a Montana family peer supporter's job?",
    "Is going to a court hearing with a mom within a California parent partner's scope?",
  ])("GIVEN %j THEN it asks for a verdict", (question) => {
    expect(classifyQuestion(question, states).asksPermission).toBe(true);
  });

  it("GIVEN 'what should I do if ...' THEN the ask tells the situation and asks for a verdict; a bare 'what should I do?' does not", () => {
    expect(classifyQuestion("What should I do if a family I serve turns out to be my new neighbour?", states)).toMatchObject({ asksPermission: true, asksWhatToDo: true });
    expect(classifyQuestion("What should I do?", states).asksWhatToDo).toBe(false);
  });

  it.each([
    "How many CEUs do I need each year?",
    "What are the core competencies?",
    "Who can supervise me in California?",
    "What does a System of Care Coordinator do?",
    "My agency is closing in June. What am I supposed to do about the families on my caseload?",
    "After a report to the state, who else am I supposed to notify?",
    "When are we expected to hand in the monthly notes?",
  ])("GIVEN %j THEN it asks for information", (question) => {
    expect(classifyQuestion(question, states).asksPermission).toBe(false);
  });

  it("GIVEN a requirement question THEN it is marked as one", () => {
    expect(classifyQuestion("How old do I have to be?", states).asksRequirement).toBe(true);
    expect(classifyQuestion("What is the history of family peer support?", states).asksRequirement).toBe(false);
  });

  it.each(["Does she qualify?", "So would he meet the age requirement?", "Is a GED enough to be eligible?", "Is that what the guidance recommended?", "Am I ready to sit for the exam?", "Is it too late to file?", "Does he meet what the paper asks of a supervisor?"])(
    "GIVEN %j THEN it asks whether a requirement is met",
    (question) => expect(classifyQuestion(question, states).asksWhetherMet).toBe(true),
  );

  it.each(["Is sitting on a county board something parent partners do?", "Does raising my nephew count as parenting?", "So is helping with rides part of my job?", "Can a young adult who got services as a teen be a family partner?", "Does the definition include grandparents?"])(
    "GIVEN %j THEN it asks whether something falls within the role",
    (question) => expect(classifyQuestion(question, states).asksWithinRole).toBe(true),
  );

  it.each(["Can that coaching be billed to Medicaid?", "Is there any help with the exam fee?"])("GIVEN %j THEN it asks yes or no", (question) =>
    expect(classifyQuestion(question, states).asksYesOrNo).toBe(true),
  );

  it.each(["Does the toolkit say anything about caseloads?", "How do I apply?"])("GIVEN %j THEN it does not ask yes or no", (question) =>
    expect(classifyQuestion(question, states).asksYesOrNo).toBe(false),
  );

  it.each(["What topics fall under the ethics competency?", "Can I give a mom a ride?"])(
    "GIVEN %j THEN it does not ask whether something falls within the role",
    (question) => expect(classifyQuestion(question, states).asksWithinRole).toBe(false),
  );

  it.each(["How old does she have to be?", "Does the toolkit describe the history of family peer support?"])(
    "GIVEN %j THEN it does not ask whether a requirement is met",
    (question) => expect(classifyQuestion(question, states).asksWhetherMet).toBe(false),
  );

  it.each([
    ["How old do I have to be in Montana?", "MT"],
    ["What do partners make in North Carolina?", "NC"],
    ["grievance timeline in CA?", "CA"],
  ])("GIVEN %j THEN the named state is %s", (question, state) => {
    expect(classifyQuestion(question, states).namedState).toBe(state);
  });

  it("GIVEN no state in the question THEN none is named", () => {
    expect(classifyQuestion("Can I make a call for a parent?", states).namedState).toBeUndefined();
  });
});
