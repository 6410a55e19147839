import { describe, expect, it } from "vitest";
import { assessRisk } from "../../../src/core/safety/assess-risk.js";
import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Each concept with several wordings of our own, then the lookalikes that must stay out of crisis.
const CRISES: CrisisCases = {
  "pills lined up or laid out": [
    ["he had all his meds laid out on the counter and wouldn't tell me why", "suicide"],
    ["my sister sent a picture of her pills lined up on the sink, no caption", "suicide"],
  ],
  "a stop that goes on, a harmless use denied, pain wanted": [
    ["I can't stop thinking about steering into the semi on my way home", "suicide"],
    ["I'm bringing my rifle, not for hunting this time", "suicide"],
    ["punched the door until my knuckles bled and i wanted it to hurt more", "self_harm"],
    ["found blades tucked under his mattress and blood on his pillow", "self_harm"],
  ],
  "a show or a video named beside someone real at risk": [
    ["after we watched that netflix show my daughter said she wants to die too", "suicide"],
    ["my son keeps watching videos of people cutting themselves and now he has cuts on his arms", "self_harm"],
  ],
  "an elder's money taken or an elder left soiled; a throat squeezed; a parent hitting the other": [
    ["my grandma's new boyfriend takes her social security check and leaves her in a wet bed for days", "child_abuse"],
    ["he had his hands around my throat last night until I almost blacked out", "violence"],
    ["my dad gets drunk and hits my mom and she's covered in bruises", "child_abuse"],
    ["my ex said if I take the kids he'll make sure I never see them again and he has a gun", "violence"],
  ],
  "pictures asked of a child, letters left to be found, a fall measured, walking into water, a night chosen": [
    ["a man online asked my 12 year old for pictures without her shirt", "child_abuse"],
    ["I wrote a letter for each of my kids, they'll find them in my desk", "suicide"],
    ["I looked up how high the bridge on 5th street is", "suicide"],
    ["I'm going to walk into the ocean and keep going", "suicide"],
    ["I can't do this anymore. tonight's the night.", "suicide"],
  ],
  "fumes: an engine in a closed garage, a hose from the exhaust, a gas leak": [
    ["Sometimes I sit in the closed garage with the engine running and just wait.", "emergency"],
    ["he rigged a hose from the tailpipe into the car window last night", "emergency"],
    ["there's a gas smell all through the apartment and the baby is sleeping next to the heater", "emergency"],
  ],
  "a hand where it must not be, blades hidden with blood, things not needed after a day": [
    ["the stepdad put his hand down her pants while she was sleeping", "child_abuse"],
    ["found razor blades hidden in her room and blood on her towels", "self_harm"],
    ["I won't be needing my stuff after Friday, so I gave it to my cousin", "suicide"],
  ],
  "a report the asker must make about a real child": [["I have to report that the neighbor beats her kids with a belt. Who do I call?", "child_abuse"]],
  "a wish to die, direct, indirect or in slang": [
    ["the mom I'm working with said everyone would be better off without her", "suicide"],
    ["her son keeps saying he'd rather be dead than go back to school", "suicide"],
    ["my daughter says there's no reason to keep living", "suicide"],
    ["she doesn't want to wake up tomorrow, she said", "suicide"],
    ["the kid said he'd just unalive himself if they move again", "suicide"],
    ["he texted me kms lol but i dont think he was joking", "suicide"],
    ["the mom said she is tired of living", "suicide"],
    ["the teen says she wishes she could disappear forever", "suicide"],
    ["I want to die", "suicide"],
    ["my client keeps saying nobody would even notice if she was gone", "suicide"],
    ["i've been thinking my kids deserve a better mom and they'd be fine without me", "suicide"],
    ["a dad told me his son talks about shooting himself", "suicide"],
  ],
  "a plan, a date, goodbyes, giving things away": [
    ["he told his sister he won't be around much longer", "suicide"],
    ["the teen wrote a letter saying goodbye to everyone", "suicide"],
    ["he's been giving away all his video games and his guitar", "suicide"],
    ["my client says she chose the day, and by then none of this will matter", "suicide"],
    ["he keeps thinking about driving into traffic on purpose, he feels so down", "suicide"],
  ],
  "means kept at hand": [
    ["her dad keeps a stash of oxy in the garage and she says she's hoarding her meds", "suicide"],
    ["she googled how many tylenol it takes to die", "suicide"],
    ["he tied a rope into a noose in his closet", "suicide"],
    ["there's a hunting rifle under his bed and he's been saying goodbye to his friends", "suicide"],
  ],
  "self-injury of any kind": [
    ["my teen has been burning herself with a lighter", "self_harm"],
    ["she scratches her skin until it bleeds, on purpose, to punish herself", "self_harm"],
    ["he's been banging his head against the wall until it bruises", "self_harm"],
    ["my son has scars on his thighs he hides under long shorts", "self_harm"],
    ["the girl cuts when she gets overwhelmed", "self_harm"],
    ["the 15 year old has been punching the wall until her knuckles bleed", "self_harm"],
    ["my teen pulls out her eyelashes and picks her skin raw", "self_harm"],
    ["her 13 year old has been making herself throw up after every meal", "self_harm"],
  ],
  "sexual abuse, grooming and enforced secrecy": [
    ["the stepdad comes into her room at night and told her it's their little secret", "child_abuse"],
    ["her uncle touches her down there and said not to tell anyone", "child_abuse"],
    ["an older guy she met on snapchat keeps asking my 13 year old for pics", "child_abuse"],
    ["the coach gives him gifts and said not to tell his mom about their special games", "child_abuse"],
    ["my 14 yo is chatting with a 25 year old man who buys her vapes", "child_abuse"],
    ["grandpa makes the little girl sit on his lap and she cries when he visits", "child_abuse"],
  ],
  "physical abuse of a child or a baby": [
    ["the boyfriend shook the baby because he wouldn't stop crying", "child_abuse"],
    ["the baby is limp and floppy after dad dropped him", "child_abuse"],
    ["the toddler has a broken arm and the story keeps changing", "child_abuse"],
    ["dad whips the boys with an extension cord", "child_abuse"],
    ["there's a welt on his back, she said it was with a belt", "child_abuse"],
    ["mom said she pressed a hot iron to her son's arm to teach him a lesson", "child_abuse"],
  ],
  neglect: [
    ["there's no food in the house and the kids haven't eaten since friday", "child_abuse"],
    ["the 5 year old is home alone every night while mom works", "child_abuse"],
    ["they lock the little one in the closet as punishment", "child_abuse"],
    ["mom is blackout drunk and the baby is with her", "child_abuse"],
    ["nobody has been watching the twins since their grandma went to the hospital", "child_abuse"],
    ["the 3 year old was found wandering the street in a diaper at midnight", "child_abuse"],
    ["mom's been gone since tuesday and the oldest is watching the baby", "child_abuse"],
    ["the dad is stumbling and slurring and he's supposed to drive the kids home", "child_abuse"],
  ],
  "violence and threats at home, at school, online; weapons": [
    ["her husband choked her last night and she's scared to go home", "violence"],
    ["she's afraid for her life, her ex keeps showing up with a knife", "violence"],
    ["a student posted that he's bringing a gun to school tomorrow", "violence"],
    ["he sent her death threats on instagram", "violence"],
    ["her partner pushed her down the stairs and broke her wrist", "violence"],
    ["the neighbor waved a machete at the mom during the fight", "violence"],
    ["my client's ex swore he would burn the house down with her in it", "violence"],
    ["her boyfriend said he'd put her in the hospital if she talks to me again", "violence"],
    ["someone on discord told my son they'd come to our house and hurt his family", "violence"],
  ],
  "overdose, poisoning, intoxication told in slang": [
    ["she popped a bunch of xans and drank a whole bottle of vodka", "overdose"],
    ["the toddler swallowed some of grandma's pills", "overdose"],
    ["my 2 year old drank some bleach from under the sink", "overdose"],
    ["he OD'd last night, we had to use narcan", "overdose"],
    ["mom thinks he took something at the party, he's puking and can't stay awake", "overdose"],
    ["the dad snorted something in the bathroom and now he's twitching on the floor", "overdose"],
    ["my son drank half a bottle of cough syrup and is hallucinating", "overdose"],
  ],
  "not breathing or unresponsive": [
    ["we found him unresponsive on the bathroom floor", "emergency"],
    ["the baby stopped breathing", "emergency"],
    ["my husband just collapsed in the driveway", "emergency"],
    ["her lips look kind of grey and she's breathing really slow", "emergency"],
    ["the dad fainted in the kitchen and won't wake up", "emergency"],
    ["the baby isn't responding and feels cold", "emergency"],
  ],
  "farewells told sideways: out of the picture, peace made, things handed on, a supposed mishap": [
    ["my husband keeps saying the kids would be fine if he just wasn't in the picture anymore", "suicide"],
    ["mom told me tonight she's made her peace and she's ready to go be with dad", "suicide"],
    ["i gave my dog to my neighbor and my guitar to my nephew, won't need them", "suicide"],
    ["if something happens to me please make sure my kids are ok", "suicide"],
    ["i just want it all to stop, i cant do this anymore", "suicide"],
    ["my dad keeps saying nobody would miss him and he's stopped taking his heart meds", "suicide"],
  ],
  "means and signs: a gun and a dark mood, a pier, sleeves in summer, an overdose just now": [
    ["my son asked me where we keep the key to the gun safe and he's been really dark lately", "suicide"],
    ["she keeps talking about how peaceful it would be to just drive off the pier", "suicide"],
    ["i found bloody tissues in the trash and my daughter wears long sleeves in july", "self_harm"],
    ["my mom took a whole bottle of tylenol an hour ago and now says she's sorry", "overdose"],
  ],
  "gifts and silence, a body named by its clothing, the same accident again": [
    ["my son's soccer coach keeps buying him expensive shoes and told him not to tell us", "child_abuse"],
    ["my niece said her stepdad comes into her room at night and she has to be quiet", "child_abuse"],
    ["my son said his babysitter touches him where his swimsuit goes", "child_abuse"],
    ["my grandson has a broken arm and his mom says he fell again, it's the third time", "child_abuse"],
  ],
  "a pattern of watching; a dependent adult in a carer's hands": [
    ["my ex keeps parking outside my work and sending me pictures of my house", "violence"],
    ["my aunt's caregiver leaves her in soiled sheets and takes her money", "child_abuse"],
    ["my mom with dementia was left in the car for hours in the heat by her aide", "child_abuse"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "things lined up or set out": ["I lined up the cones for the kids' relay race", "I set out the vitamins for the kids every morning"],
  "telling one's supervisor": ["do i need to tell my supervisor if i knew a client from before?", "should I tell my director about the new referral?"],
  "stops, ropes and pain that are harmless": [
    "I can't stop laughing at the training video about paperwork",
    "I got a new rope for the tire swing today",
    "my legs were so sore after the workout but I wanted it to hurt, no pain no gain",
  ],
  "harm that happens to a character": [
    "the main character in my book club novel overdoses at the end, anyone else cry?",
    "I'm writing a character for my novel who is suicidal, how do I make it realistic?",
    "in the video game you can shoot people and my 8 year old loves it",
    "that documentary about child abuse was hard to watch",
  ],
  "grandparents, pictures, letters and the ocean, harmlessly": [
    "my grandma takes her social security check to the bank every first of the month, can I drive her?",
    "I'm going to keep going with the CEU modules tonight even though I'm tired",
    "we walked into the ocean up to our knees on our family trip, the kids loved it",
    "I wrote a thank-you letter for each of the families, they'll find them in their folders",
    "is the training covered in the 40 hours or separate?",
  ],
  "engines, gas and things not needed, harmlessly": [
    "I left the car running in the driveway while I grabbed the diaper bag",
    "we finally bought a carbon monoxide detector for the garage",
    "gas prices are killing my mileage budget this month",
    "I won't be needing my laptop after Friday since the agency is issuing new ones",
    "I'm moving to Billings, so I won't be needing my furniture after Friday",
  ],
  "a duty to report asked about as a rule": ["Are family partners in North Carolina required to report child abuse?", "do we have to report neglect or just abuse?"],
  "feelings, private practices and a medicine's side effect": [
    "A dad at the meeting said he feels invisible in that conference room. How do I help him speak up?",
    "Most days I feel so alone on this team of clinicians. Is there a peer group for that?",
    "A private counselor across town wants to send me families. Can I accept referrals from her?",
    "His son is barely eating since the guanfacine started. Can I tell mom to skip the evening dose?",
  ],
  "hyperbole and work-life idioms": [
    "this caseload is killing me, can I ask for fewer families?",
    "my supervisor is going to kill me if I miss the report deadline",
    "we absolutely killed it at the resource fair",
    "I'm dying to hear how the other partners log mileage",
    "my back is killing me after the move, can I do a home visit by phone?",
    "the state budget cuts hit our program, can I still volunteer?",
    "shoot me a text when the training dates are posted",
    "the dad said the school keeps hitting him with fees, can I help him appeal?",
    "the toddler attacked me with a foam sword at the visit, so cute",
    "Is it ok to push a burned-out mom to make time for her own self-care?",
    "the parent said the school is killing her son's chances by refusing the IEP",
  ],
  "questions about a topic": [
    "Is suicide prevention part of the core competency training?",
    "what does the toolkit say about mandatory reporting?",
    "what are the warning signs that a teen is suicidal?",
    "is drug and alcohol use a topic the training includes?",
    "do the CEUs include anything on domestic violence?",
    "can I tell a family about the suicide prevention walk next month?",
  ],
  "everyday questions that use a harm word": [
    "can I pass out flyers at the school fair?",
    "can I hang out with a family I used to support?",
    "is it ok to be alone with the kids during a home visit?",
    "the parent isn't responding to my texts, what should I do?",
    "my phone died during the call, do I have to log the time?",
    "a mom wants to give away her son's old clothes to another family I support, is that ok?",
    "my son won't eat his vegetables, any tips I can share with parents?",
    "the teen is not moving forward with his IEP, can I attend the meeting?",
    "I take a prescribed med that makes me drowsy, can I still drive families?",
    "can I send photos of the family fun day to the parents?",
    "the kids were so hungry after the field trip, can I buy them pizza?",
    "a mom who sells candles asked me to host a party and earn a cut, is that ok?",
    "she wants to cut her son's dose in half on her own, can I say that's fine?",
  ],
  "harm long past, told as a story": [
    "My daughter overdosed six years ago and has been sober since; can I share that in my introduction?",
    "I used to self-harm as a teen, does that count as lived experience?",
  ],
  "leisure, sport, plots, gift games and jabs": [
    "how do i report suspected child abuse in my state?",
    "we watched a movie where the dad shoots the bad guy",
    "my toddler fell off the swing and scraped his knee, he's fine",
    "my kid has a secret santa gift for his teacher",
    "my son wants to learn to shoot at the range with his uncle",
    "my kid got a flu shot and has a bruise on his arm",
    "we are planning to jump into the lake at the cabin this weekend",
  ],
  "the asker's own kitchen mishap, which the learned model alone would take for self-harm": [
    "i burned my hand on the stove making dinner",
  ],
};

describeTriageCases("crisis triage by concept", CRISES, LOOKALIKES);

describe("the caution level", () => {
  it.each([
    ["he keeps a loaded gun in his truck", "violence"],
    ["she says she feels hopeless about the custody case", "suicide"],
    ["how do I say goodbye to a family when services end?", "suicide"],
    ["can I carry narcan to home visits?", "overdose"],
    ["the toddler got a bruise when he fell at the playground", "child_abuse"],
  ])("GIVEN a weaker sign %j THEN it is a caution, not a crisis", (message, kind) => {
    expect(assessRisk(message)).toEqual({ level: "caution", kind });
  });

  it("GIVEN a denied harm THEN it is a caution: the asker is thinking about it", () => {
    expect(assessRisk("she swears her boyfriend never hits the kids")).toEqual({ level: "caution", kind: "child_abuse" });
  });

  it("GIVEN two different weaker signs together THEN they add up to a crisis", () => {
    expect(assessRisk("he said goodbye to me oddly today. He keeps a rifle in the hall closet.").level).toBe("crisis");
  });

  it("GIVEN harm told as past history but happening again now THEN it is a crisis", () => {
    expect(assessRisk("she overdosed two years ago and last night she overdosed again")).toEqual({ level: "crisis", kind: "overdose" });
  });
});

describe("tables derived from WordNet at build time", () => {
  it.each([
    ["her ex was waving a dagger at her in the driveway", "violence"],
    ["he swallowed a handful of his mom's diazepam and is drooling and drowsy", "overdose"],
  ])("GIVEN a name only WordNet lists: %j THEN it is a %s crisis", (message, kind) => {
    expect(assessRisk(message)).toEqual({ level: "crisis", kind });
  });
});

describe("matching is compositional", () => {
  it("GIVEN the concepts across two adjacent sentences THEN they still meet", () => {
    expect(assessRisk("Her dad has an old revolver. He waved it around when he was drunk.").level).toBe("crisis");
  });

  it("GIVEN the words in a different order THEN the concept is the same", () => {
    expect(assessRisk("the kids, she said, were left for two days alone")).toEqual({ level: "crisis", kind: "child_abuse" });
  });

  it("GIVEN a negation that reaches only its own clause THEN the next clause still counts", () => {
    expect(assessRisk("he doesn't talk much and he gave away all his stuff")).toEqual({ level: "crisis", kind: "suicide" });
  });

  it("GIVEN no concept of harm THEN there is nothing", () => {
    expect(assessRisk("how many supervision hours do I need this quarter?")).toEqual({ level: "none" });
  });

  it("GIVEN a split contraction before a comma, which wink-nlp gives no lemma THEN it is read, not a fault", () => {
    expect(assessRisk("I cannot, sorry, my supervisor is out until Monday")).toEqual({ level: "none" });
  });
});
