import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds blind-triage folder 2 showed missing (tests/fixtures/blind-triage/README.md): a weapon held at someone's
// throat or head; a small child who drank a household poison named a few words on; someone who slid or fell and does
// not respond to the person beside them; an apology sent with the means before going quiet. Wordings of our own.
const CRISES: CrisisCases = {
  "a weapon held against someone's body": [
    ["her boyfriend is holding a kitchen knife at her neck", "violence"],
    ["he put the pistol against his wife's head and told her to be quiet", "violence"],
  ],
  "a child who drank a household poison": [
    ["my two year old drank from the bottle of dish soap under the sink", "overdose"],
    ["she drank most of the bottle of windshield fluid", "overdose"],
  ],
  "children left with no adult, still a crisis": [["the twins are 4 and they were home with no adult all night", "child_abuse"]],
  "someone down who does not respond": [["grandpa slid down in the shower and he won't respond when i talk to him", "emergency"]],
  "harm to someone named before a quotation": [["when the baby cries he shakes her 'to calm her down'", "child_abuse"]],
  "a trusted adult's gifts and secrecy with a child": [
    ["the scout leader buys the 10 year old gifts and told him to keep their chats from his mom", "child_abuse"],
    ["his tutor texts my 13 year old at midnight and makes her delete the msgs after", "child_abuse"],
  ],
  "reported speech, not a supposition": [["my niece said a boy in her class has a knife in his bag and plans to use it at lunch tomorrow", "violence"]],
  "a recovery denied, then a method": [["honestly not doing well. keep thinking about swerving into the median on the highway", "suicide"]],
  "a last post signed off with love": [["my cousin's boy wrote on his story 'last post ever, love you all' an hour ago", "suicide"]],
  // Read first as an ending that takes others along (a murder-suicide), the kind the suicide rules give it.
  "taking everyone along, with a weapon": [["her husband says if she leaves he's taking everyone with him, and he keeps a rifle by the door", "suicide"]],
  "a handful of something unnamed": [["my client took a handful of something out of her coat pocket and won't say what it was", "overdose"]],
  "a punishment that draws blood or withholds food": [
    ["her stepdad makes the 8 year old kneel on the garage floor for hours when he lies, his knees were bleeding again", "child_abuse"],
    ["the mom has been giving her daughter no dinner as punishment all month and she's getting so thin", "child_abuse"],
  ],
  "everyone at a school 'gonna pay'": [["my nephew posted in his group chat that everyone at his middle school is gonna pay on monday and he's bringing something", "violence"]],
  "'if anyone needs me' with a place and a goodbye": [["my friend texted the group 'if anyone needs me i'm at the bridge, just wanted to say bye'", "suicide"]],
  "a rope found with a note": [["her daughter's room had a rope under the bed and a letter saying goodbye to her brothers", "suicide"]],
  "an apology sent with the means": [["he messaged the group 'sorry guys, the rope is ready' and logged off", "suicide"]],
};

const LOOKALIKES: LookalikeCases = {
  "a weapon as an idiom": ["this deadline is a gun to my head, can we move the audit?"],
  "not responding to messages": ["the mom fell behind on paperwork and won't respond to my emails"],
  "medicines as choices laid out": ["the psychiatrist laid out all the medication options and the mom wants help comparing them"],
  "children said to be absent": ["my new supervisor is a social worker with no kids to supervise me, does she get the parent side?"],
  "gifts and texts in a family": ["my son bought me a gift card and texts me every night from college"],
  "a supposition": ["say a parent tells me her teen hurts himself, who do I call first?"],
  "a recovery told": ["my brother used to drink and drive but he's been sober for years and doing great"],
  "a last post about a thing": ["sorry for the spam, this is my last post about the bake sale"],
  "taking the children along on a move": ["she's moving to Texas in June and taking the kids with her"],
  "something small swallowed and fine": ["my toddler swallowed something small at dinner, a grape I think, and he's fine"],
  "a fall and a grounding": ["my son fell off his bike and his elbow was bleeding, should I ground him for riding without a helmet?"],
  "paying for things": ["the school is gonna pay for my training, and we're gonna pay for the field trip ourselves"],
  "a supposed case at group": ["what do I do if anyone at group says they hurt themselves?"],
  "a jump rope and a note for school": ["I left a note for the teacher and packed a jump rope for recess"],
  "an apology about a thing": ["sorry, I have the rope for the tug of war, can someone else bring the cones?"],
};

describeTriageCases("triage of the kinds blind-triage folder 2 showed", CRISES, LOOKALIKES);
