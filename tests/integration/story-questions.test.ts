import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/core/knowledge/answer-question.js";
import type { Jurisdiction } from "../../src/core/knowledge/knowledge-entry.js";
import { loadKnowledgeBase } from "../../src/search/load-knowledge-base.js";

const knowledge = loadKnowledgeBase();
const ask = (question: string, state?: Jurisdiction) => answerQuestion(question, knowledge, state ? { state } : {});

// Stories written for these tests: background no entry mentions, then a question one rule settles.
describe("story questions are answered by the rule on the act they tell", () => {
  it.each([
    ["A grandpa I've supported since June is a retired mechanic. He wants to replace my brakes for nothing, to thank me. Can I let him?", "gift"],
    ["The mom I see on Tuesdays sells candles online. She asked me to host a candle party for my friends and keep a share of the sales. Is that ok?", "business|dual"],
    ["A dad whose twins I've supported for months keeps texting me late at night. Last week he said he has feelings for me and asked me to dinner. Can I go?", "sexual|intimate|romantic"],
    ["One of my families runs a landscaping crew. They offered to redo my yard if I keep seeing them after their case closes. Can we do that?", "barter|business|dual"],
    ["A mom told me her daughter's new pills make her sleep all afternoon. She wants to halve the dose on her own. Should I tell her that's fine?", "medication"],
  ])("GIVEN %j THEN a rule answers, not 'I don't know', and never 'allowed'", (question, mustMention) => {
    const answer = ask(question, "MT");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.verdict).not.toBe("allowed");
    expect(answer.answer.toLowerCase()).toMatch(new RegExp(mustMention));
  });

  it("GIVEN a story whose ask is about photos THEN the answer names written consent", () => {
    const answer = ask("Our support group had a holiday potluck and everyone was smiling. My boss wants me to post pictures of the families on our website. Is that allowed?", "MT");
    expect(answer.verdict).toMatch(/not_allowed|depends/);
    expect(answer.answer.toLowerCase()).toContain("consent");
  });

  it("GIVEN background no entry mentions around an off-topic question THEN the answer is still 'I don't know'", () => {
    for (const question of [
      "I'm driving to a home visit across town. The family has a big friendly dog. What's the best way to keep dog hair off my car seats?",
      "My coworker is retiring on Friday and we're having a party. What's a good cake recipe for twenty people?",
      "How do I set up an out-of-office reply in Outlook?",
    ]) {
      expect(ask(question, "MT").verdict, question).toBe("unknown");
    }
  });
});

describe("an ask that only frames the story", () => {
  it.each([
    ["I passed the written part of California's certification test but failed one section. A friend says I must take all of it again. Is that true?", "ca-parent-peer-support-specialist", /section/],
    ["I've done my NC family partner trainings and worked under a senior partner for five months. I'd like to sit for the national parent support provider exam now. Should I wait?", "nc-family-partner-faq", /year/],
  ])("GIVEN %j THEN the story's subject is answered, not the frame words", (question, source, mustMention) => {
    const answer = ask(question);
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations.slice(0, 3).map((c) => c.document)).toContain(source);
    expect(answer.answer.toLowerCase()).toMatch(mustMention);
  });
});

describe("a story told as the question, about an act it names", () => {
  it("GIVEN a gift told in the story and an ask of frame words only THEN the gift rule answers", () => {
    const answer = ask("The elders of a family I support want to honor me with a hand-sewn quilt at their community feast. In their tradition, refusing would shame them. Is there an exception for that?", "MT");
    expect(answer.verdict, answer.answer).toMatch(/depends|allowed/);
    expect(answer.answer.toLowerCase()).toContain("cultur");
  });
});

describe("an ask with words of its own that needs its story", () => {
  it("GIVEN a short ask whose subject is told in the story THEN the entry on the story's subject answers", () => {
    const answer = ask("Years ago my children were placed in foster care while I got sober. I've been clean a long time now. Will my past keep me from becoming a parent partner in California?");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations.slice(0, 3).map((c) => c.document)).toContain("ca-parent-peer-support-specialist");
  });
});

// The rule's verdict turns on a fact the story tells: the value and culture of a gift, how long ago services ended, an age.
describe("facts in the story change the verdict", () => {
  it.each([
    ["A dad I support won a little money at the casino. He slipped me three hundred-dollar bills, $300, as thanks for the year. Can I keep it?", "not_allowed", /significant/],
    ["The family I support are Lakota. At their daughter's honoring ceremony they gave me a beaded blanket, which in their tradition I should not refuse. Can I accept it?", "depends", /cultur/],
    ["I stopped being a mom's peer supporter about five years ago. We met again at a school fundraiser and she asked me out. Is that okay?", "depends", /two years/],
    ["I ended services with a dad four months ago. He asked if we could go out for dinner, just us. Is that fine now?", "not_allowed", /two years/],
    ["My niece is 20 and wants to start as a family peer support candidate in Montana. Is she old enough?", "not_allowed", /21/],
  ])("GIVEN %j THEN the verdict is %s", (question, verdict, mustMention) => {
    const answer = ask(question, "MT");
    expect(answer.verdict, answer.answer).toBe(verdict);
    expect(answer.answer.toLowerCase()).toMatch(mustMention);
  });

  it("GIVEN a California applicant who never finished high school THEN the education requirement answers no", () => {
    const answer = ask("I'm 30, I dropped out of high school at 16 and never got a GED, but I've raised two kids through the mental health system. Can I become a parent peer support specialist in California?");
    expect(answer.verdict, answer.answer).toBe("not_allowed");
    expect(answer.answer.toLowerCase()).toMatch(/diploma|ged/);
  });
});

describe("a story that the remembered questions place", () => {
  it("GIVEN a story told in words the entry lacks, whose nearest training questions point to one entry THEN that entry answers, not 'I don't know'", () => {
    const answer = ask("A grandmother I support keeps missing her grandson's therapy because she has no one to watch the baby. Can I help her line up childcare?", "MT");
    expect(answer.verdict, answer.answer).toBe("allowed");
    expect(answer.citations[0]?.entryId).toBe("mt-support-concrete");
  });
});

describe("whether a story's experience meets a definition", () => {
  it("GIVEN help with a child whose decisions were another's THEN it does not count as parenting in NC, and the answer says why", () => {
    const answer = ask("I watched my niece every weekend for two years, but her dad had custody and made all her school decisions. Does that count as parenting a child for becoming a Family Partner?", "NC");
    expect(answer.verdict, answer.answer).toBe("not_allowed");
    expect(answer.answer.toLowerCase()).toMatch(/decision-making authority/);
  });

  it("GIVEN a grandparent who makes the child's decisions THEN it counts", () => {
    const answer = ask("I've raised my grandson since he was five and I make all of his medical decisions. Does that count as parenting a child for a Family Partner?", "NC");
    expect(answer.verdict, answer.answer).toBe("allowed");
  });
});

describe("a story answered by a limiting rule", () => {
  it("GIVEN a story of a relationship that came before the work and 'what should I do?' THEN the rule's verdict answers, not a bare fact", () => {
    const answer = ask("My landlord's daughter was just assigned to me as a new family. I rent the basement from her parents. What should I do?", "MT");
    expect(answer.verdict, answer.answer).toMatch(/depends|not_allowed/);
  });
});

describe("questions that ask whether, not how", () => {
  it("GIVEN 'how soon can I retake' the exam THEN it is a question of fact, not of permission", () => {
    expect(ask("I failed the certification exam. How soon can I retake it?", "CA").verdict).toBe("info");
  });

  it("GIVEN a 'can we' question a description of the role settles THEN it depends on what the description says, never a yes", () => {
    const answer = ask("as wraparound peer parent interveners, can we bill medicaid for our work with the caregivers?");
    expect(answer.verdict, answer.answer).toBe("depends");
  });

  it("GIVEN a permission question a requirement settles THEN it depends on meeting the requirement", () => {
    const answer = ask("I'm 20. Can I become a family peer support candidate in Montana?");
    expect(answer.verdict).toBe("depends");
    expect(answer.answer).toContain("21");
  });
});

describe("a yes is never read past a negated condition", () => {
  it("GIVEN a question a yes-rule covers but with a 'never' or 'without' in it THEN the answer is not 'allowed'", () => {
    expect(ask("Can I facilitate a parent support group?", "MT").verdict).toBe("allowed");
    expect(ask("Can I facilitate a parent support group without ever having had any training?", "MT").verdict).not.toBe("allowed");
  });
});

describe("other states' rules", () => {
  it("GIVEN a question a state's definition answers THEN no unrelated rule of another state is added", () => {
    const answer = ask("What's the difference between a family partner and a family member?", "NC");
    expect(answer.answer).not.toMatch(/differs/);
  });

  it("GIVEN the asker's state THEN another state's differing rule on the same act takes one line at most", () => {
    const answer = ask("Can I advise a parent on their child's medication?", "CA");
    expect(answer.answer.match(/differs:/g) ?? []).toHaveLength(1);
    expect(answer.answer).toMatch(/Montana differs: No\./);
  });

  it("GIVEN no state THEN the state that forbids answers and the one that differs is shown", () => {
    const answer = ask("Can I advise a parent on their child's medication?");
    expect(answer.verdict).toBe("not_allowed");
    expect(answer.answer).toMatch(/California differs/);
  });
});

describe("a story that tells the fact a requirement turns on", () => {
  it.each([
    ["My cousin's boy is 17 and has helped his mother through his sister's treatment for years. He wants to start as a parent peer support specialist. Does he qualify?", "CA", "not_allowed", /18/],
    ["A neighbour who is 20 raised her younger brothers after their dad left. She asked me about becoming a family peer supporter. Would she meet the age requirement?", "MT", "not_allowed", /21/],
    ["My nephew is 18 and helped raise his little sister through her treatment. He wants to become a family peer supporter in Montana. Can he?", "MT", "not_allowed", /21/],
  ])("GIVEN %j THEN the verdict follows the story's age", (question, state, verdict, mustMention) => {
    const answer = ask(question, state);
    expect(answer.verdict, answer.answer).toBe(verdict);
    expect(answer.answer).toMatch(mustMention);
  });

  it("GIVEN a former client and 'three and a half years ago' THEN the two-year rule leaves it open, not forbidden", () => {
    const answer = ask("Three and a half years ago I stopped working with a single dad, and we had no contact since. We met again at a running club and like each other. Can we date now?", "MT");
    expect(answer.verdict, answer.answer).toBe("depends");
  });
});

describe("a story of what the asker plans, with an ask that only frames it", () => {
  it("GIVEN a plan a requirement bears on and 'Who's right?' THEN it is answered as whether they may: it depends, not a bare fact", () => {
    const answer = ask("I wrapped up my NC family partner courses last month and I'm planning to sit for the national parent support provider exam in the spring. My supervisor thinks I should hold off. Who's right?");
    expect(answer.verdict, answer.answer).toMatch(/depends|not_allowed/);
    expect(answer.citations[0]?.document).toBe("nc-family-partner-faq");
  });
});

describe("a story of knowing the family before the work began", () => {
  it("GIVEN a new family the partner grew up with THEN the rule on disclosing a pre-existing relationship answers", () => {
    const answer = ask("They assigned me a new family today and the dad is a guy I grew up with, we were close in middle school. We haven't talked in years. How should I handle it?", "MT");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations.map((c) => c.entryId)).toContain("mt-ethics-disclose-pre-existing-relationship");
  });
});

describe("services going on after the work is done", () => {
  it.each([
    "Can I keep seeing a family who doesn't need support anymore?",
    "The dad I support reached all his goals months ago, but he likes our talks and so do I. Can we keep meeting every week?",
  ])("GIVEN %j THEN it is never 'allowed': the code requires ending services no longer needed", (question) => {
    expect(ask(question, "MT").verdict).not.toBe("allowed");
  });
});

describe("a 'what should I do if ...' ask tells its situation itself", () => {
  it.each([
    ["What should I do if a dad offers me a gift card worth $200?", "not_allowed", "mt-ethics-gifts-of-significant-value"],
    ["What should I do if a dual relationship I could not have avoided comes up?", "depends", "mt-ethics-dual-relationships"],
  ])("GIVEN %j THEN the rule on the act answers with its verdict", (question, verdict, entryId) => {
    const answer = ask(question, "MT");
    expect(answer.verdict, answer.answer).toBe(verdict);
    expect(answer.citations.map((c) => c.entryId)).toContain(entryId);
  });
});

// Who a romance is with decides the rule: Montana's code has one for a client, one for a client's family or
// household, one for another licensee's client in the same program, and one for a former client.
describe("a romance story is answered by the rule for the person it is with", () => {
  it.each([
    ["The aunt of a teen whose dad I support came along to his school meeting, and afterwards she asked me out. She isn't my client. Is that okay?", "mt-ethics-no-intimate-relationship-with-client-family", /family member|household/],
    ["A mom on my colleague's caseload and I have been flirting at the family nights. She is not on my caseload. Could we go out?", "mt-ethics-no-sexual-relations-with-coworkers-clients", /same program|another licensee/],
    ["I used to support a single dad; his case closed last fall. We met again at the library and he asked me to dinner. Can I go?", "mt-ethics-former-client-two-year-rule", /two years/],
  ])("GIVEN %j THEN %s answers, and never 'allowed'", (question, entryId, mustMention) => {
    const answer = ask(question, "MT");
    expect(answer.verdict, answer.answer).toBe("not_allowed");
    expect(answer.citations[0]?.entryId).toBe(entryId);
    expect(answer.answer.toLowerCase()).toMatch(mustMention);
  });
});

describe("whether something falls within the role, answered by the description or definition that takes it in", () => {
  it("GIVEN a guardian's story and 'does that count as parenting?' THEN the definition answers yes", () => {
    const answer = ask("My aunt has been my cousin's guardian for ten years and makes his medical decisions. Does that count as parenting a child for a family partner?", "NC");
    expect(answer.verdict, answer.answer).toBe("allowed");
    expect(answer.citations[0]?.entryId).toBe("nc-parenting-a-child-definition");
  });

  it("GIVEN 'what falls under ...' THEN it is a question of fact, not of whether", () => {
    expect(ask("What topics fall under the crisis and safety management competency?", "CA").verdict).toBe("info");
  });
});

describe("a story that touches a limit as well as a yes", () => {
  it("GIVEN a parent asking whether to stop a child's medicine, and the partner's own story THEN the medication limit answers, not 'I don't know'", () => {
    const answer = ask("A mom says her teen's new antidepressant leaves him flat, and she asked me whether she should just stop it for a while. We went through the exact same thing with my son. What can I tell her?", "MT");
    expect(answer.verdict, answer.answer).toBe("not_allowed");
    expect(answer.citations[0]?.entryId).toBe("mt-no-advice-on-medication");
  });
});

// A rule with a period (30 days to file, two years after services) answers a story that dates the event, whichever
// side of the period it falls on.
describe("a story that tells how long ago something happened", () => {
  it("GIVEN a grievance about something two months old THEN the filing deadline answers, and it depends", () => {
    const answer = ask("A parent wants to complain to the certifying body about a peer who gossiped about her family at a barbecue. That was two months ago. Can she still file a grievance?", "CA");
    expect(answer.citations[0]?.entryId).toBe("ca-grievance-filing-deadline");
    expect(answer.verdict).toBe("depends");
    expect(answer.answer).toContain("30 days");
  });

  it("GIVEN a romance eight months after services ended THEN the two-year rule answers, not the rule for current clients", () => {
    const answer = ask("I stopped supporting a dad eight months ago and we ran into each other at the fair; he wants to take me out. What does the code say?", "MT");
    expect(answer.citations[0]?.entryId).toBe("mt-ethics-former-client-two-year-rule");
    expect(answer.verdict).toBe("not_allowed");
  });
});

describe("a family's story stirring up the partner's own", () => {
  it("GIVEN a partner shaken because a family's crisis takes them back to their own THEN supervision on transference answers", () => {
    const answer = ask("Every time this mom's boy runs away it takes me back to when my daughter did, and I snap at the family. Is this something I should bring to supervision?", "CA");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations[0]?.entryId).toBe("ca-supervision-transference");
  });
});

describe("someone already doing the work when certification begins", () => {
  it("GIVEN years on the job and a fear of starting over THEN California's grandfathering answers", () => {
    const answer = ask("I've been doing this work at a family resource center in Chico for six years. With state certification coming, will I need to start over like a new hire?", "CA");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations[0]?.entryId).toBe("ca-grandfathering");
    expect(answer.answer).toContain("2022");
  });
});

describe("a credential from another state", () => {
  it("GIVEN a peer certified in Oregon who moved to California THEN the rule for out-of-state applicants answers", () => {
    const answer = ask("I held a parent peer credential in Oregon for three years before we came to Fresno in the summer. Does it transfer?", "CA");
    expect(answer.verdict, answer.answer).not.toBe("unknown");
    expect(answer.citations[0]?.entryId).toBe("ca-out-of-state-applicants");
  });
});

describe("a yes-or-no question answered by a fact with a proviso", () => {
  it("GIVEN 'can it be billed?' and a fact that allows it provided a condition holds THEN it depends", () => {
    const answer = ask("My wraparound team wants Medicaid to pay for the coaching I do with a dad as a peer intervener. Can that be billed?");
    expect(answer.citations[0]?.entryId).toBe("nwi-peer-intervener-medicaid-billing");
    expect(answer.verdict).toBe("depends");
  });
});

describe("a 'can I' answered by a fact that says yes", () => {
  it("GIVEN a county certification and a job in another county THEN the fact's unconditional yes is 'allowed'", () => {
    const answer = ask("Can I use my California certification in a different county?", "CA");
    expect(answer.citations[0]?.entryId).toBe("ca-reciprocity-counties");
    expect(answer.verdict).toBe("allowed");
  });

  it("GIVEN a yes with a condition the asker may not meet THEN it is never 'allowed'", () => {
    const answer = ask("i live in virginia, can i get the nc psp scholarship?", "NC");
    expect(answer.verdict).not.toBe("allowed");
  });
});

describe("places named in chat", () => {
  it("GIVEN two counties typed in lowercase THEN the county-reciprocity fact still answers", () => {
    const answer = ask("can i keep using my certification from sacramento county if i take a job in placer county?", "CA");
    expect(answer.citations[0]?.entryId).toBe("ca-reciprocity-counties");
  });
});

describe("whether someone can be one", () => {
  it("GIVEN 'can a youth be a family partner?' THEN NC's definition, which names youth, says yes; an age under the minimum still says no", () => {
    expect(ask("Can a young adult who got services as a teen be a family partner?", "NC").verdict).toBe("allowed");
    expect(ask("can a 17 yr old be a parent peer in california?", "CA").verdict).toBe("not_allowed");
  });
});

describe("'do I need it?' answered by 'No, not required'", () => {
  it("GIVEN 'do I need PSP certification to be a coordinator?' THEN the asker may go ahead without it", () => {
    const answer = ask("Do I need to be PSP certified to be a Family Partner Coordinator?", "NC");
    expect(answer.citations[0]?.entryId).toBe("nc-coordinator-psp-not-required");
    expect(answer.verdict).toBe("allowed");
  });
});

describe("'how long must I wait before ...?'", () => {
  it("GIVEN a question of how long to wait before a romance with a former client THEN the rule's verdict answers, with its period", () => {
    const answer = ask("How long do I have to wait after a family's case closes before I could date the dad?", "MT");
    expect(answer.citations[0]?.entryId).toBe("mt-ethics-former-client-two-year-rule");
    expect(answer.verdict).toBe("not_allowed");
    expect(answer.answer).toMatch(/two years/);
  });

  it("GIVEN 'how soon can I retake the exam?' THEN it stays a question of fact", () => {
    expect(ask("how soon can i retake the ppss exam if i fail", "CA").verdict).toBe("info");
  });
});

describe("a duty is not leave", () => {
  it("GIVEN 'do I have to report suspected abuse?' answered 'Yes, you must' THEN the answer is never 'allowed'", () => {
    expect(ask("Do I have to report it if I suspect a child is being abused?", "MT").verdict).not.toBe("allowed");
  });
});

describe("a family's information asked for by someone with no part in their care", () => {
  it("GIVEN a coworker outside the case asking for details THEN Montana's rule forbids it", () => {
    const answer = ask("Our office bookkeeper knows the family from the ballpark and keeps asking how the son is doing at home. Should I give her an update?", "MT");
    expect(answer.citations[0]?.entryId).toBe("mt-ethics-safeguard-client-information");
    expect(answer.verdict).toBe("not_allowed");
  });
});
