import { describe, expect, it } from "vitest";
import { assessRisk } from "../../../src/core/safety/assess-risk.js";
import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds a blind set showed missing, each as a concept in several wordings of our own, then its lookalikes.
const CRISES: CrisisCases = {
  "means at hand, thought about": [
    ["her dad keeps morphine in the nightstand and says he thinks about it every night", "suicide"],
    ["she has her late husband's pistol in the closet and admits she's been thinking about using it", "suicide"],
    ["there's a bottle of oxycodone in his drawer. He told me he considers it when things get bad.", "suicide"],
  ],
  "a weapon meant for oneself": [
    ["he bought a shotgun and said it's either for his ex or for him", "suicide"],
    ["she said the gun is for protection, or for herself if it gets worse", "suicide"],
  ],
  "the lethal amount researched": [
    ["she asked me how many of her sleeping pills it would take", "suicide"],
    ["he keeps asking how much insulin it would take, and he's not diabetic", "suicide"],
  ],
  "a plan with a deadline": [
    ["she says she's going to end it after christmas", "suicide"],
    ["he told his brother he'll end it on the 3rd", "suicide"],
    ["nobody will have to deal with me after friday, she texted", "suicide"],
    ["he said after the wedding nobody will have to worry about him", "suicide"],
  ],
  "things handed on with a farewell": [
    ['he gave his nephew his watch and said "I won\'t need it where I\'m going"', "suicide"],
    ["she handed her sister her guitar and said she wants her to have it", "suicide"],
  ],
  "a place people die from, with a goodbye": [
    ["she texted me from the bridge to tell the kids she loves them", "suicide"],
    ["he's at the overpass and says he's done", "suicide"],
    ["she is on the railroad tracks and keeps saying nobody would miss her", "suicide"],
  ],
  "a death made to look like an accident": [
    ["she said she could crash the car and make it look like an accident", "suicide"],
    ["he told her he would make it look like an accident", "violence"],
  ],
  "grooming as a game, kept from a parent": [
    ["the neighbor plays doctor with my 6 year old so she won't tell", "child_abuse"],
    ["her uncle has a tickle game with the girl and says her mom can't know", "child_abuse"],
  ],
  "a child behind a locked door with a parent's partner": [
    ["mom's new boyfriend locks himself in the bathroom with her 7 year old", "child_abuse"],
    ["her husband takes the girl into the bedroom and locks the door", "child_abuse"],
    ["my client's boyfriend stays in the locked bedroom with her son for hours", "child_abuse"],
  ],
  "a fall or a blow, then vomiting or sleepiness": [
    ["the infant rolled off the changing table and has been so drowsy since", "emergency"],
    ["my 4 year old fell down the stairs and keeps throwing up", "emergency"],
  ],
  "children home with no adult": [
    ["the kids have been home with nobody since yesterday", "child_abuse"],
    ["the twins are at the apartment and there's no one there with them", "child_abuse"],
  ],
  "a threat to silence a baby for ever": [
    ["he said he'd shut her up for good if the baby keeps crying", "child_abuse"],
    ["her boyfriend yelled that he'd make the baby be quiet forever", "child_abuse"],
  ],
  "stalking with a menace": [
    ['her ex has been following her car and texted "see you soon"', "violence"],
    ["someone keeps parking outside her house and left a note saying he knows where she lives", "violence"],
  ],
  "inhalants and collapse": [
    ["my son was huffing compressed air and collapsed", "overdose"],
    ["the teen was sniffing paint thinner and now she's really confused", "overdose"],
  ],
  "threats of mass violence at school": [
    ["a kid at my son's school said there'll be a bloodbath at school tomorrow", "violence"],
    ["a boy told my daughter not to come to school on friday", "violence"],
    ["a student threatened the school on instagram", "violence"],
  ],
  "a day decided, affairs put in order": [
    ["he's been putting his affairs in order and wrote a letter to each of the kids", "suicide"],
    ["she told me sunday is the day and she's at peace with it", "suicide"],
  ],
  "a road death thought about": [
    ["he says on the highway he thinks about steering into a truck", "suicide"],
    ["most nights i want to just drive into the river on the way home", "suicide"],
  ],
  "means bought, and the reason kept back": [
    ["she picked up a rope at the store and wouldn't say why", "suicide"],
    ["he got a handgun last week and doesn't want to explain what it's for", "suicide"],
  ],
  "tired of being alive": [
    ["my client says she is sick of being alive", "suicide"],
    ["he's so tired of being alive, he told me", "suicide"],
  ],
  "bleeding that will not stop, suffocation": [
    ["I cut deeper tonight and the bleeding won't stop", "emergency"],
    ["I've been cutting again and it's bad", "self_harm"],
    ["she found her son with a bag over his head in the garage", "suicide"],
  ],
  "a pod or product bitten by a small child": [
    ["the baby bit a laundry pod and is gagging", "overdose"],
    ["my 2 year old bit into a detergent pod", "overdose"],
  ],
  "stalking as a pattern": [
    ["her ex keeps showing up at her job and she found a tracker on her car", "violence"],
    ["he texts her 50 times a day and showed up at her apartment last night", "violence"],
    ["her husband said if he can't have her, no one can have her", "violence"],
  ],
  "marks on a baby": [
    ["the 6-month-old has small round burns on his hands and dad won't say how", "child_abuse"],
  ],
  "threats whose subject is a person, after 'that' or 'this'": [
    ["she whispered that he'll kill her if she goes to the police", "violence"],
  ],
  "shut in with the means": [
    ["she's locked herself in the bathroom with a razor blade", "suicide"],
    ["he took his pills into the garage and won't open the door", "suicide"],
  ],
  "a parent who would take the children along": [
    ["the mom said if she goes she'll take the kids with her", "suicide"],
  ],
  "children left in a car, or for the night": [
    ["the baby was left in the truck for an hour while dad was at the bar", "child_abuse"],
    ["she leaves the kids every night and goes out drinking", "child_abuse"],
  ],
  "a road death with intent and a day": [
    ["he says he's going to drive off the overpass tomorrow", "suicide"],
  ],
  "a weapon out during a fight": [
    ["he pulled out a gun during the argument", "violence"],
  ],
  "a death threat in slang": [
    ["someone commented on my son's post that he's dead tomorrow and they know where he lives", "violence"],
  ],
  "a wish never to have been born, for the pain to stop": [
    ["my son told me he wishes he'd never been born", "suicide"],
    ["she just wants the pain to stop for good", "suicide"],
    ["he keeps saying he won't be here for his birthday", "suicide"],
  ],
  "self-injury by hair pulling or fists": [
    ["my 12 year old has bald spots from pulling out her hair", "self_harm"],
    ["he slams his fist into the wall until the knuckles split", "self_harm"],
  ],
  "held under water, or fallen in": [
    ["her boyfriend holds the boy's head under water when he misbehaves", "child_abuse"],
    ["my 3 year old fell into the pool and was coughing", "emergency"],
  ],
  "a baby with a high fever, a heart attack": [
    ["the baby has a 104 fever and is so sleepy", "emergency"],
    ["grandpa is clutching his chest and looks gray", "emergency"],
  ],
  "abuse kept quiet: nobody will believe you": [
    ["her cousin makes her do stuff and says no one will believe her", "child_abuse"],
    ["mom's boyfriend keeps walking in on the girls in the shower", "child_abuse"],
  ],
  "drugs taken beyond the dose, or mixed, and no answer": [
    ["she took way more than her prescription and is slurring", "overdose"],
    ["he mixed percs with vodka and won't answer his phone", "overdose"],
  ],
  "a threat by proxy, a stranger watching the house": [
    ['her ex posted her address and wrote that someone should "take care of her"', "violence"],
    ["a man has been parked outside her house every night for a week", "violence"],
  ],
  "means at hand, and how easy it would be": [
    ["he has a bottle of his dad's oxy and said it would be so easy", "suicide"],
    ["she picked up two boxes of sleeping pills and said they're for later", "suicide"],
    ["he took 12 of his xanax and he's barely awake", "overdose"],
  ],
  "a pet or a child left in someone's care 'when I'm gone'": [
    ["she asked me to look after her dog when she's not around anymore", "suicide"],
  ],
  "a child lured to an adult's place, a secret kept between them": [
    ["the old man down the street pays my 9 year old to come inside his house", "child_abuse"],
    ["her tutor chats with my daughter on instagram and said to keep it between them", "child_abuse"],
  ],
  "children nobody came for": [
    ["nobody came to get the kids from daycare and it's been hours", "child_abuse"],
  ],
  "a weapon to be used on someone": [
    ["her husband keeps a rifle by the door and said he'd use it on her", "violence"],
  ],
  "a plan with the means ready, a goodbye with the phone off": [
    ["he said he has a plan and the rope is in the garage", "suicide"],
    ["she left me a voicemail saying goodbye and now her phone is off", "suicide"],
  ],
  "a child shown pornography, locked outside": [
    ["her stepdad shows the 9 year old porn on his laptop", "child_abuse"],
    ["they lock the boys outside overnight as punishment", "child_abuse"],
  ],
  "a grip on the throat, a seizure, a child choking on a coin": [
    ["he grabbed her by the throat in the kitchen", "violence"],
    ["my son is having a seizure on the floor", "emergency"],
    ["the toddler swallowed a magnet and is choking", "emergency"],
  ],
  "a weapon between an adult and the children": [
    ["dad is standing between me and the kids holding a knife", "violence"],
    ["her boyfriend has a knife and is blocking the door to the kids' room", "violence"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "an ending that is not a life": [
    "my supervisor said we'll end it early on friday, can I log the hour?",
    "she wants to end it with her boyfriend after christmas, should I help her plan?",
    "you won't have to worry about me, I'll file the hours by friday",
    "don't worry about her, she's doing fine",
  ],
  "amounts, places and games of everyday life": [
    "how many hours would it take to finish the CEUs?",
    "how much tylenol does a 5 year old take for a fever?",
    "we met the family at the bridge for the walk, is that ok?",
    "the kids played a tickle game during the visit, so cute",
    "the babysitter told the kids it's a secret that they had candy before dinner",
    "mom locks the bedroom door at night so the toddler can't wander",
    "the baby threw up after eating too fast, is that normal?",
    "I said see you soon to the family at the end of the visit",
    "her ex keeps following her on instagram, can she block him?",
    "he said the meeting tomorrow will be a bloodbath",
    "the principal told parents not to come to school friday because of snow",
    "it looks like an accident report is needed, who do I send it to?",
    "the mom made it look like a party with balloons",
    "can I give a family my old car seat since I won't need it anymore?",
    "I want you to have a copy of the training certificate",
    "the kids were home with grandma all weekend",
    "he huffed and puffed about the new rules",
    "my supervisor is gonna murder me, the notes are late again",
    "the budget meeting was a bloodbath, they cut three positions",
    "she keeps putting her affairs in order with the bank, can I help with the paperwork?",
  ],
  "a brief absence, a child left with a carer, a supposed case": [
    "the kids were alone for a minute while she took out the trash, do I have to report that?",
    "she left the kids with their grandma for the night so she could come to training",
    "I'm going on leave in 3 months, who takes my families?",
    "what should I do if a teen tells me she is being abused at home?",
    "can I go to a shooting range with a dad I support?",
  ],
  "idioms of feeling and topic questions about a generic parent": [
    "the mom wants to drown her sorrows in ice cream after court lol",
    "the teen says school is killing him, so much homework",
    "does the training say how to respond to a parent who mentions self-harm?",
    "she's starving herself of sleep to finish her GED",
    "my teen says she wants to die her hair blue",
    "I'm pulling my hair out over this paperwork",
    "my son fell off his bike and scraped his knee, can I still make the visit?",
    "can I carry pepper spray on home visits?",
    "can I bring my pocket knife on a home visit to open boxes?",
    "my client's car broke down on the bridge, can I drive her?",
    "the school sent a note about a threat that turned out to be a hoax",
  ],
  "harm dated in the past": [
    "back in 2015 my son overdosed; he's been clean for years now and works as a counselor",
    "my daughter attempted suicide in 2010; she's a nurse now and doing great. Can I mention it in my bio?",
    "In 2009 I left an abusive husband with my kids and we've been safe for years now.",
  ],
};

describeTriageCases("crisis triage generalizes to the kinds a blind set showed missing", CRISES, LOOKALIKES);

describe("crisis triage at its edges", () => {

  it("GIVEN self-worth at its lowest THEN it is a caution, and with a hopeless word a crisis", () => {
    expect(assessRisk("he says he's a waste of space")).toEqual({ level: "caution", kind: "suicide" });
    expect(assessRisk("she says she's a waste of space and nothing will ever change")).toEqual({ level: "crisis", kind: "suicide" });
  });

  it("GIVEN 'end it' with no deadline or other sign THEN it is a caution", () => {
    expect(assessRisk("she keeps saying she wants to just end it")).toEqual({ level: "crisis", kind: "suicide" });
    expect(assessRisk("she says she might end it")).toEqual({ level: "caution", kind: "suicide" });
  });
});
