import { describe, expect, it } from "vitest";
import { recognizeActs } from "../../../src/core/knowledge/acts/recognize-acts.js";

const actsOf = (text: string) => recognizeActs(text).map((a) => a.name);

describe("recognizeActs", () => {
  it.each([
    ["A grandpa wants to fix my brakes for nothing, as a way to thank me for everything.", "gift"],
    ["She offered to cut my lawn all summer in exchange for extra sessions.", "bartering"],
    ["He asked me out for drinks once our work is over.", "romance"],
    ["We keep running into each other and she wants to hang out on weekends.", "friendship"],
    ["The dad wants to hire me to paint his fence.", "business"],
    ["The new referral is a guy I grew up with two streets over.", "prior relationship"],
    ["My new family turned out to be my husband's old roommate and his kids.", "prior relationship"],
    ["She and I used to be close before she moved away, and now she's on my list.", "prior relationship"],
    ["Turns out the mom on my list is someone I knew from before, at my old job.", "prior relationship"],
    ["I'd like to record our next visit for my training portfolio.", "recording"],
    ["My director wants to post a picture of the picnic.", "recording"],
    ["I think her boy might have ADHD, honestly.", "diagnosis"],
    ["I had a couple of beers at lunch before the home visit.", "impaired"],
    ["The clinic pays a referral bonus for every family we send.", "referral fee"],
    ["I'm leaving my job next month and my families don't know yet.", "ending services"],
    ["My maternity leave starts soon, so I need to wrap things up with my two families.", "ending services"],
    ["Her probation officer called asking how things are going at home.", "sharing information"],
    ["My daughter went through the same program; should I tell her about what we went through?", "own story"],
    ["Can I put CPSS on my business cards even though I'm a candidate?", "title"],
    ["Her husband is no help at all and I keep thinking she should just divorce him.", "interfering with relationships"],
    ["The dad wants me to back him up in getting his son to quit therapy with Dr. Lee.", "interfering with relationships"],
    ["We really hit it off at the open house. Would it be weird to ask her to dinner?", "romance"],
    ["can i put on my flyer that families who work with me always see results", "advertising"],
    ["My coordinator wants me to promise parents their kids will be better in six weeks.", "advertising"],
    ["I missed logging two visits last month, can I backdate them?", "falsifying records"],
    ["my supervisor never met with me in june but said to fill it in anyway", "falsifying records"],
    ["The mom wants help with her taxes and I've never done that.", "outside competence"],
    ["A dad asked me to look over his custody papers before court.", "outside competence"],
    ["Her goals are met, but my manager says to keep her open a few more months.", "ending services"],
    ["Every time her son ends up in the ER it takes me back to my own worst year.", "transference"],
    ["This dad reminds me of my father and I get short with him.", "transference"],
    ["I've been doing this work for six years; will I have to start over once the state certifies us?", "already in the work"],
  ])("GIVEN %j THEN it names %s", (text, act) => {
    expect(actsOf(text)).toContain(act);
  });

  it("GIVEN one's own story THEN it is self-disclosure, not sharing a family's information", () => {
    expect(actsOf("Could I tell the group my own story about our years in the system?")).toContain("own story");
    expect(actsOf("Is it okay to share my own story at orientation?")).not.toContain("sharing information");
    expect(actsOf("Her teacher asked me to share her story with the class.")).toContain("sharing information");
  });

  it("GIVEN 'keep seeing' said of things THEN it is not about ending services; said of a family it is", () => {
    expect(actsOf("i keep seeing different titles for family partners")).not.toContain("ending services");
    expect(actsOf("Her goals are met. Can I keep seeing her every week?")).toContain("ending services");
  });

  it("GIVEN a date on the calendar THEN it is not romance; a date with someone is", () => {
    expect(actsOf("The board wants dates for when certification starts.")).not.toContain("romance");
    expect(actsOf("What's the date for the next exam?")).not.toContain("romance");
    expect(actsOf("Her brother asked me on a date.")).toContain("romance");
  });

  it("GIVEN who a romance is with THEN the act is refined by it; the same words without a romance refine nothing", () => {
    expect(actsOf("Her cousin is sweet and asked me out after group.")).toContain("romance with a client's relative");
    expect(actsOf("A dad my coworker serves keeps flirting with me.")).toContain("romance with another's client");
    expect(actsOf("I stopped supporting her in May and now we're dating.")).toContain("romance with a former client");
    expect(actsOf("Her cousin asked how the IEP meeting went.")).not.toContain("romance with a client's relative");
    expect(actsOf("That family is not on my caseload, can I still help at their IEP?")).not.toContain("romance with another's client");
  });

  it("GIVEN an invitation THEN it is friendship when it is to something social, not to a committee", () => {
    expect(actsOf("She keeps inviting me over for dinner with her kids.")).toContain("friendship");
    expect(actsOf("The mom invited me to her daughter's graduation party.")).toContain("friendship");
    expect(actsOf("The county invited me to sit on the children's advisory committee.")).not.toContain("friendship");
  });

  it("GIVEN a transfer THEN it ends services when a family or case is transferred, not when a credential transfers", () => {
    expect(actsOf("I'm moving, so my supervisor will transfer my families to Dana.")).toContain("ending services");
    expect(actsOf("Does my Oregon credential transfer to California?")).not.toContain("ending services");
  });

  it("GIVEN the asker's own hiring or a private employer THEN it is neither business with a family nor sharing information", () => {
    expect(actsOf("I was just hired by NC Families United and start Monday.")).not.toContain("business");
    expect(actsOf("My old job was at a private agency.")).not.toContain("sharing information");
    expect(actsOf("The dad wants to hire me to watch his kids on weekends.")).toContain("business");
    expect(actsOf("She told me something private about her marriage.")).toContain("sharing information");
  });

  it("GIVEN a child's condition mentioned in passing THEN it is not a question about diagnosis", () => {
    expect(actsOf("Her son has autism and loves trains. Can I bring him a book?")).not.toContain("diagnosis");
  });

  it("GIVEN a photo that nobody takes or posts THEN it is not about recording", () => {
    expect(actsOf("How do I change my profile picture?")).not.toContain("recording");
  });

  it("GIVEN records or the record THEN it is documentation, not recording; the verb and its -ing form are recording", () => {
    expect(actsOf("What has to be in the record for each family?")).not.toContain("recording");
    expect(actsOf("How long do I keep old records?")).not.toContain("recording");
    expect(actsOf("Can I record a session on my phone?")).toContain("recording");
    expect(actsOf("Is recording the visit okay if she agrees?")).toContain("recording");
  });

  it("GIVEN 'for each family' THEN it is a referral fee only where money or referring is spoken of", () => {
    expect(actsOf("What do I document for each family I see?")).not.toContain("referral fee");
    expect(actsOf("He offered me $25 for every family I send his way.")).toContain("referral fee");
  });

  it("GIVEN cue words in different sentences THEN a two-word cue does not match across them", () => {
    expect(actsOf("Cash is tight this month. A mom gave a talk at church.")).not.toContain("gift");
  });
});
