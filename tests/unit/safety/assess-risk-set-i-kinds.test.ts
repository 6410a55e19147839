import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds set I and the retired sets showed missing: the one hurt tells it ("he punched me"), and a child dosed to sleep
// or after taking something who can hardly be woken, the medicine named by brand; a child made to watch sexual videos
// by an adult, in the everyday names for them; a bare 'sorry' sent with a picture of pills or a gun, then no answer;
// an infant without formula, a home without heat, children to be hidden away. Wordings of our own.
const CRISES: CrisisCases = {
  "struck by a partner or another adult, told by the one struck": [
    ["her boyfriend choked me last night and he is still in the apartment", "violence"],
    ["my husband slapped me in front of my daughter", "violence"],
    ["he punched me again and I locked myself in the bathroom", "violence"],
    ["my ex shoved me into the wall while the baby was crying", "violence"],
    ["he beat me up when I said I was leaving", "violence"],
  ],
  "a child who can barely be woken after a medicine or something taken": [
    ["my son took a handful of something and now we can barely wake him", "overdose"],
    ["she gives her 4 year old nyquil every night to knock him out and this morning he would barely wake", "overdose"],
    ["the dad gave his daughter a bunch of benadryl on the drive and now she's really hard to wake", "overdose"],
  ],
  "sexual videos shown to or forced on a child by an adult": [
    ["the 8 year old says her stepdad puts on adult videos and makes her sit on his lap", "child_abuse"],
    ["my girlfriend's son, 7, says the neighbor shows him sex videos on his phone", "child_abuse"],
    ["a little boy I know says his mom's boyfriend makes him watch grown-up videos with him", "child_abuse"],
  ],
  "an apology sent with a picture of the means, then silence": [
    ["she sent me a photo of her pills and just the word sorry, and she won't pick up", "suicide"],
    ["he texted 'forgive me' and a picture of his rifle, now it goes straight to voicemail", "suicide"],
  ],
  "an infant without formula or wet diapers": [
    ["the baby has not had a wet diaper since yesterday and mom is out of formula", "child_abuse"],
    ["she's been watering down the formula to make it last and the baby seems floppy", "child_abuse"],
  ],
  "heat or power cut off with children in the cold": [
    ["the heat has been off for a week and the kids sleep in their coats", "child_abuse"],
    ["their power got shut off on monday and the baby is so cold", "child_abuse"],
  ],
  "children to be taken and hidden, with a weapon or a threat": [
    ["he said he will take the kids where nobody can find them and he has his gun", "violence"],
    ["if the judge rules against him he says he'll disappear with the kids, and he keeps a knife in his truck", "violence"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "struck in a game, by news or by a child": [
    "my husband beat me at scrabble again",
    "my mom hit me with the news that she is moving",
    "the coach kicked me off the team lol",
    "the dad I support punched the air when his son got his diploma",
    "it struck me that she never mentions her husband",
  ],
  "medicines named without harm": [
    "is it ok for a parent to give her kid melatonin to sleep?",
    "my son takes clonidine at night, is that normal for adhd",
    "can I tell a mom that benadryl helps with allergies?",
  ],
  "apologies for a late reply or a missed meeting": [
    "sorry for the late text, my phone was off and I was at the pharmacy picking up meds",
    "sorry I missed group, I forgot my meds and my phone was off all day",
  ],
  "formula, power and hiding places without danger": [
    "where can a mom get formula, the WIC office is closed",
    "our power was cut off for an hour during the storm, the kids thought it was fun",
    "the office heat is off again and I'm freezing",
    "we played hide and seek and the kids found a spot where nobody can find them",
    "the kidnapping chapter in the book scared my daughter",
  ],
  "filming, not firing": [
    "can I shoot a short video at family night for our newsletter?",
    "we are going to shoot photos of the kids' art show",
  ],
  "adults' videos among adults, and a teen's own curiosity": [
    "my husband and I watched an adult movie after the kids went to bed",
    "my teen son got caught watching porn on his phone, how do I talk to him about it",
  ],
};

describeTriageCases("crisis triage reads harm told by the one hurt, a child hard to wake after a medicine, sexual videos on a child, a pictured goodbye, neglect, abduction", CRISES, LOOKALIKES);
