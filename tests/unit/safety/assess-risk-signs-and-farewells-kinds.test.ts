import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// More kinds the tuned sets still missed in the round that froze set X: wounds told as fresh; something sharp pushed
// into the body; a door forced, a bat brought; breathing that gurgles; a fall and no feeling in the legs; a poison
// round a toddler's mouth; a grown-up in a child's bed, a child who flinches with marks on the body, a child's
// private parts hurt, a child threatened into silence; a medicine a child cannot do without run out; a countdown
// mourned, a date rehearsed, a crash meant, a spot picked, two goodbyes, pictured wrists with an apology; being
// followed home. Wordings of our own.
const CRISES: CrisisCases = {
  "wounds and sharp things on the body": [
    ["there are fresh cuts all over her forearms again", "self_harm"],
    ["the 10 year old keeps pushing pins into her fingertips when she's upset", "self_harm"],
    ["she posted a picture of her wrists and wrote sorry everyone", "self_harm"],
  ],
  "a door forced, a bat brought, being followed home": [
    ["her ex is kicking the door right now and he has a crowbar", "violence"],
    ["the neighbor's boyfriend came over with a baseball bat screaming at her", "violence"],
    ["her ex follows her home from work and knows where she sleeps", "violence"],
  ],
  "breathing, feeling, a poison round the mouth": [
    ["her husband is making gurgling sounds and won't wake up after taking pills", "emergency"],
    ["my nephew fell off the roof and says he can't feel his legs", "emergency"],
    ["the toddler got into the dish detergent and it's all over his mouth", "overdose"],
  ],
  "signs of a child's abuse": [
    ["the stepdad sleeps in the 9 year old's bed and she flinches when he comes in the room", "child_abuse"],
    ["the little boy has welts on his back and flinches whenever his uncle walks by", "child_abuse"],
    ["her 7 year old said the babysitter hurts her privates", "child_abuse"],
    ["he told the boy he'd be sent away if he ever told anyone what happens at night", "child_abuse"],
    ["the man calls himself her daddy and she's 15", "child_abuse"],
  ],
  "a medicine a child cannot do without, run out": [["the 8 year old's inhaler ran out and mom says there's no money for another", "child_abuse"]],
  "farewells: mourned, rehearsed, a crash, a spot, two goodbyes": [
    ["someone commented rip on her countdown post", "suicide"],
    ["he keeps saying he's rehearsed it and the date is the 3rd", "suicide"],
    ["she said she'll get drunk tonight and drive into a tree", "suicide"],
    ["he's done with everything and already picked out the spot", "suicide"],
    ["she wrote this is goodbye, please take care of my families", "suicide"],
    ["he said don't look for me and his phone is off", "suicide"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "a bat at a game, a numb foot, paint round the mouth": [
    "dad brought his baseball bat to the little league game",
    "my foot went numb on the drive to Billings",
    "she got paint all over her mouth at art time, so cute",
    "my son's baby monitor makes gurgling sounds at night lol",
  ],
  "beds, flinches and pins of everyday life": [
    "my toddler climbs into his big brother's bed during thunderstorms",
    "our cat flinches at the vacuum",
    "I got a pin stuck in my finger sewing a costume",
  ],
  "farewells to things, plans for events": [
    "rest in peace to my old laptop",
    "rehearsing my speech for the conference on the 14th",
    "we're going to pick out the spot for the family picnic, I'm done planning the rest",
    "goodbye to the old office, thanks for everything and take care of my families while I'm on leave",
    "posted a picture of my arm cast from the skiing accident, sorry for missing group",
    "she picked sunday for the family meeting",
    "I ran out of printer paper for the forms",
  ],
};

describeTriageCases("triage of signs on the body, forced doors and farewells the tuned sets showed missing", CRISES, LOOKALIKES);
