import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds the tuned sets still missed at the start of the round that froze set X: being at a place of falls now;
// means at hand with giving up, a goodbye or a trip of no return; letters written for after; a first attempt to be
// "got right"; a countdown; self-injury told in the first person; a burial threatened; a weapon carried to where
// people gather; an adult's age beside a child's; a secret "game"; photos with no clothes; children shut in; hunger
// told as scavenging; something swallowed and kept secret; someone else's pills given by mistake. Wordings of our own.
const CRISES: CrisisCases = {
  "at a place of falls, now": [
    ["my client messaged 'im at the overpass' and nothing since", "suicide"],
    ["her location says she's at the train tracks and she won't answer", "suicide"],
    ["my nephew said he's been thinking about jumping off the top floor of the parking garage", "suicide"],
  ],
  "means at hand with giving up, a goodbye or no return": [
    ["i can't keep doing this, the rope is in the shed", "suicide"],
    ["he took his rifle and said he's driving to the river and won't come back", "suicide"],
    ["he says he has it all figured out and there's a gun in his closet", "suicide"],
    ["my sister texted love you all and then turned off her location", "suicide"],
  ],
  "a farewell written or counted down": [
    ["she told me she's done and has written a letter to each of her kids", "suicide"],
    ["the 15 year old posted a countdown to saturday and says he won't be here after", "suicide"],
    ["she keeps calling this her last week on earth", "suicide"],
    ["he keeps saying he wants to not exist", "suicide"],
  ],
  "an attempt to be made good": [["after the overdose last week he says next time he'll get it right", "suicide"]],
  "self-injury in the first person": [["i've been burning my forearm with a lighter again", "self_harm"]],
  "a burial threatened": [["the ex told her he'd put her in the ground if she went to court", "violence"]],
  "a weapon carried to where people gather": [["a kid in my group said he's bringing a knife to school monday", "violence"]],
  "an adult's age beside a child's": [["my client's daughter is 14 and her new boyfriend she met online is 27", "child_abuse"]],
  "a secret game, photos with no clothes": [
    ["the neighbor calls it their special game and tells the 6 year old not to tell", "child_abuse"],
    ["her uncle took pictures of the 8 year old with no clothes on", "child_abuse"],
  ],
  "children shut in or scavenging for food": [
    ["the kids are padlocked in their room while mom works", "child_abuse"],
    ["the little boy is skin and bones and digging through the trash for food", "child_abuse"],
  ],
  "something swallowed: kept secret, or the wrong pills": [
    ["she admitted she took something earlier and begged me to keep it secret", "overdose"],
    ["grandpa gave the 5 year old his heart pills by accident and now he's throwing up", "overdose"],
    ["her son has pinpoint pupils and can barely talk", "child_abuse"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "a place named for a group or a trip": [
    "im on the bridge committee for the school fundraiser",
    "stuck in traffic on the bridge, running late to my visit",
    "the hike to the overlook was gorgeous, the kids loved it",
    "i'm at the quarry park with my kids for the picnic",
  ],
  "work life's words": ["this job is going to put me in the ground lol", "he figured it out, the portal just needed a refresh", "by accident i gave the mom the wrong form, can i fix it?"],
  "coming back, bringing, counting down": [
    "mom said she'll come back with the signed forms",
    "she won't come back to group until her schedule settles",
    "he is bringing his guitar to the family night saturday",
    "the kids are bringing snacks to school friday",
    "countdown to summer break, 5 days left!",
    "we're counting down the days left till the conference",
  ],
  "grown children and their ages": ["my daughter is 24 and her boyfriend is 26, they're getting married", "our foster daughter, she's 19, wants to become a peer supporter"],
  "a distance or a time beside a child": ["her son's appointment is 40 miles away and she has no car"],
  "speech that borrows harm's words": [
    "the first home visit in that neighborhood and i was scared to death, do we get safety training?",
    "i really shot myself in the foot by oversharing with a dad, is there guidance on self-disclosure?",
    "this waitlist is going to be the death of me",
    "the mom almost gave me a heart attack when she showed up an hour early",
    "can I help a parent write a crisis plan before things blow up at home again?",
  ],
  "scratches, letters, tickles, sleepiness": [
    "i scratched my arm on a rose bush while gardening",
    "i wrote letters to each of my kids' teachers before the IEP",
    "grandma tickles the kids and they love it",
    "i took something for my headache, should be fine for the 2pm visit",
    "my son is nodding off in class, he's been up late gaming",
  ],
};

describeTriageCases("triage of places, means, ages and secrets the tuned sets showed missing", CRISES, LOOKALIKES);
