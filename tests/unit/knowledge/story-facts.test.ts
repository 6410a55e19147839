import { describe, expect, it } from "vitest";
import { holds } from "../../../src/core/knowledge/entry-conditions.js";
import { readFacts } from "../../../src/core/knowledge/story-facts.js";

describe("the facts a story tells", () => {
  it.each([
    ["She pushed a $300 visa card into my hand.", true],
    ["He gave me a pricey watch.", true],
    ["The kids drew me a card and baked muffins.", false],
    ["A $15 coffee card at the holidays.", false],
  ])("GIVEN %j THEN significant value is %s", (text, value) => {
    expect(readFacts(text).significantValue).toBe(value);
  });

  it("GIVEN a gift given by the family's custom THEN it is cultural", () => {
    expect(readFacts("In their tribe it is the custom to thank a helper with a blanket.").cultural).toBe(true);
    expect(readFacts("She would be insulted if I said no.").cultural).toBe(false);
  });

  it.each([
    ["We closed his case about three years ago.", 3],
    ["Four months after her file closed she called me.", 4 / 12],
    ["It's been over two years now.", 2],
    ["Three and a half years ago we said goodbye.", 3],
  ])("GIVEN %j THEN the time since is %s years", (text, years) => {
    expect(readFacts(text).yearsSince).toBeCloseTo(years);
  });

  it("GIVEN an age THEN it is read, and hours or counts are not ages", () => {
    expect(readFacts("My nephew is 20 and wants to do this work.").age).toBe(20);
    expect(readFacts("A 19-year-old asked me about the job.").age).toBe(19);
    expect(readFacts("can an 18 yr old do this job").age).toBe(18);
    expect(readFacts("my 15yo keeps asking").age).toBe(15);
    expect(readFacts("she is 17 y/o, can she apply?").age).toBe(17);
    expect(readFacts("I work 30 hours a week.").age).toBeUndefined();
    // Chat drops the apostrophe; phones type a curly one.
    expect(readFacts("im 20 and i want to apply").age).toBe(20);
    expect(readFacts("shes 19, can she be one").age).toBe(19);
    expect(readFacts("I\u2019m 23 and raised my nephew").age).toBe(23);
  });

  it("GIVEN a story of leaving school THEN there is no diploma", () => {
    expect(readFacts("I dropped out in tenth grade and never got a GED.").noDiploma).toBe(true);
    expect(readFacts("I don't have a high school diploma.").noDiploma).toBe(true);
    // Leaving school does not say there is no GED, which the rules accept instead.
    expect(readFacts("I dropped out in tenth grade to work.").noDiploma).toBe(false);
    expect(readFacts("I never finished high school.").noDiploma).toBe(false);
    expect(readFacts("I have my diploma and some college.").noDiploma).toBe(false);
  });

  it("GIVEN conditions THEN each holds only on its fact", () => {
    const facts = readFacts("Services ended 18 months ago. I'm 20.");
    expect(holds("years-since >= 2", facts)).toBe(false);
    expect(holds("age < 21", facts)).toBe(true);
    expect(holds("age < 18", facts)).toBe(false);
  });

  it("GIVEN someone with no part in a family's care asking after them THEN the story tells there is no need to know", () => {
    expect(readFacts("The janitor asks about the family, though he has nothing to do with their case.").noNeedToKnow).toBe(true);
    expect(readFacts("Our bookkeeper knows them from the ballpark and wants an update.").noNeedToKnow).toBe(true);
    expect(readFacts("Their care coordinator asked for an update before the team meeting.").noNeedToKnow).toBe(false);
  });

  it.each([
    ["I watched my niece every weekend, but her dad had custody and made all her school decisions.", true],
    ["My sister's boy lived with us for a summer; his mom still makes the medical decisions.", true],
    ["He stayed with us after school for years, though I never had custody.", true],
    ["I've raised my grandson since he was five and I make all of his medical decisions.", false],
    ["She raised her nephew for three years and she made all of his school decisions.", false],
  ])("GIVEN %j THEN the child's decisions were another's: %s", (text, another) => {
    expect(readFacts(text).decidedByAnother).toBe(another);
  });

  it.each([
    ["She has only been a parent peer for two years but she manages people well.", 2],
    ["He's been doing the work for 3 years.", 3],
    ["Our lead has four years of experience and a great attitude.", 4],
    ["Services ended two years ago.", undefined],
  ])("GIVEN %j THEN the years of work it tells are %s", (text, years) => {
    expect(readFacts(text).experienceYears).toBe(years);
  });

  it("GIVEN a story of three years' work THEN 'experience-years < 5' holds and '< 3' does not", () => {
    const facts = readFacts("She's been working as a peer for three years.");
    expect(holds("experience-years < 5", facts)).toBe(true);
    expect(holds("experience-years < 3", facts)).toBe(false);
    expect(holds("experience-years >= 3", facts)).toBe(true);
  });

  it.each([
    ["Our new supervisor is an MFT with no kids of her own.", true],
    ["He has never raised a child who went through the system.", true],
    ["She has no lived experience as a parent.", true],
    ["She raised two boys through the county system and now leads the team.", false],
  ])("GIVEN %j THEN it tells no lived experience as a parent: %s", (text, none) => {
    expect(readFacts(text).noLivedExperience).toBe(none);
  });
});
