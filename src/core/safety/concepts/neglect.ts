import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** Neglect: children without an adult, food or care. */
export const NEGLECT_CONCEPTS = {
  caregiverAbsent: vocabulary("", ["nobody pick up", "no one pick up", "nobody come for", "no one come for", "nobody come to get", "no one come to get", "be go since", "been gone", "gone since", "gone for days", "gone all weekend", "never came home", "never come home", "not come home", "not came home", "not be home since", "not been home"]),
  aloneNoAdult: vocabulary("alone unsupervised abandon abandoned wander wandering", ["empty apartment", "empty house", "empty home", "home to nobody", "home to no one", "by themselves", "by himself", "by herself", "home alone", "left behind", "fend for", "no adult", "no grown up", "no grownup", "no parent", "nobody home", "no one home", "no one watch", "nobody watch", "with nobody", "with no one", "with no adult", "nobody there", "no one there", "nobody around", "no one around", "nobody with them", "no one with them"]),
  notSupervised: vocabulary("adult watch supervise home care babysit", [], "negated"),
  // No one to mind the children for an appointment: childcare to arrange, not children left alone.
  childcareGap: vocabulary("", ["nobody can watch", "no one can watch", "nobody could watch", "no one could watch", "nobody to watch", "no one to watch", "no childcare", "no child care", "need childcare", "need child care", "find childcare", "find child care", "need a babysitter", "no babysitter", "can not find a sitter", "can not get a sitter"]),
  vehicle: vocabulary("car truck van trunk"),
  // Heat, power or water cut off, told in any order: "their heat's been shut off".
  shutOff: vocabulary("", ["shut off", "cut off", "turn off", "disconnect", "disconnected"]),
  utility: vocabulary("heat heater power electricity gas water lights furnace"),
  hourSpan: vocabulary("hour hours overnight"),
  night: vocabulary("night overnight midnight 1am 2am 3am 4am", ["1 am", "2 am", "3 am", "4 am"]),
  goOut: vocabulary("", ["go out", "go to the bar", "go party", "go drink"]),
  // "with grandma", "with their dad": left with someone who cares for them (tagged by tag-concepts.ts).
  inCare: vocabulary(""),
  // "a parent who mentions self-harm", in a question about training: a generic person, supposed.
  genericWho: vocabulary("", ["a parent who", "a mom who", "a dad who", "a family who", "a teen who", "a child who", "a kid who", "a client who", "someone who", "parents who", "families who", "a youth who", "a caregiver who"]),
  briefly: vocabulary("minute minutes sec second", ["a moment"]),
  aloneWith: vocabulary("", ["alone with"]),
  leaveVerb: vocabulary("leave left leaving"),
  hunger: vocabulary("hungry hunger"),
  duration: vocabulary("days week weeks since always constantly often month months", ["every day", "all the time", "every night", "all week", "all day"]),
  noFood: vocabulary("starve starving starved malnourished scavenge scavenging", ["dinner as punishment", "food as punishment", "meal as punishment", "meals as punishment", "stop feed", "stop give <PRON> dinner", "stop give <PRON> food", "stop give <PRON> meal", "withhold food", "withhold meal", "withhold dinner", "no dinner as", "go to bed hungry", "send <PRON> to bed without", "nothing in the house", "nothing else in the house", "nothing in the fridge", "no groceries", "run out of food", "ran out of food", "nothing to eat", "no food", "skin and bone", "skin and bones", "dig through trash", "dig through garbage", "trash for food", "garbage for food", "eat from the trash", "eat out of the garbage", "beg for food", "ask for food", "out of formula", "no formula", "no more formula", "water down the formula", "water down <PRON> formula", "water down her bottle", "water down his bottle", "no wet diaper", "no wet diapers", "have a wet diaper in", "empty fridge", "out of food", "eat out of the trash", "eating out of the trash", "dig through the trash",
    // Food found in someone's garbage: "the kids eat out of the neighbors' garbage cans".
    "eat out of the garbage", "eat out of <DET> <NOUN> garbage", "eat out of <DET> <NOUN> ' garbage", "eat out of <DET> <NOUN> trash", "eat out of <DET> <NOUN> ' trash", "eat out of <DET> <NOUN> 's trash", "eat out of <DET> <NOUN> 's garbage", "eat from the trash", "eat from <DET> <NOUN> 's trash", "out of the dumpster", "dig through the garbage", "lock the fridge", "lock the pantry", "lock up the food", "lock the food", "hide the food"]),
  notFed: vocabulary("eat eaten feed fed food meal meals dinner lunch breakfast", [], "negated"),
  confinement: vocabulary("chain chained cage caged padlock padlocked", ["lock <DET> <NOUN> outside", "lock <PRON> <NOUN> outside", "lock <PRON> outside", "outside as punishment", "in the closet", "in a closet", "in the basement", "in a cage", "in the dark","lock in", "locked in", "lock out", "locked out", "tie up", "tied up", "tie <PRON> to", "tie him to", "tie her to", "tie them to", "tied to the bed", "tied to <PRON> bed", "tie to the bed", "lock him", "lock her", "lock them"]),
  squalor: vocabulary("feces filthy rotting lice unwashed", ["same clothes","no heat", "no electricity", "no water", "no running water", "dirty diaper", "same diaper",]),
  // Heat or power cut off in the home: with children and the cold or days gone by, a danger to them ("no heat" and
  // "no electricity" are squalor, a crisis beside a child by themselves).
  utilitiesOff: vocabulary("", ["heat be off", "heat have be off", "heat off", "heat shut off", "heat be shut off", "heat have be shut off", "heat cut off", "heat be cut off", "heat get shut off", "heat get cut off", "power shut off", "power be shut off", "power have be shut off", "power cut off", "power be cut off", "power get shut off", "power get cut off", "electricity shut off", "electricity be shut off", "electricity cut off", "electricity be cut off", "gas shut off", "gas be shut off", "no power",
    // Fuel for the heat run out, in rural homes: propane, heating oil, wood.
    "propane run out", "propane be out", "propane be go", "run out of propane", "out of propane", "no propane", "heating oil run out", "run out of heating oil", "out of heating oil", "run out of wood", "no heating oil", "furnace be out", "furnace go out", "furnace quit", "furnace die"]),
  cold: vocabulary("cold freezing frozen shivering hypothermia coats blankets", ["below zero", "ten below", "below freezing", "in their coats", "in coats"]),
  // Taking an elder's money or leaving them unwashed in bed.
  exploit: vocabulary("", ["take <PRON> social security", "take <PRON> check", "take <PRON> checks", "cash <PRON> check", "take <PRON> money", "take all <PRON> money", "steal <PRON> money", "steal from <PRON>", "drain <PRON> account", "empty <PRON> account", "take <PRON> pension"]),
  elderNeglect: vocabulary("bedsore bedsores", ["wet bed", "soiled bed", "soil bed", "soiled sheet", "soiled sheets", "soiled clothes", "dirty sheets", "soiled diaper", "sit in <PRON> own", "lie in <PRON> own", "in <PRON> own urine", "in <PRON> own waste", "leave <PRON> in bed"]),
  // Dangers in the home itself: an engine left running where its fumes gather, a gas leak.
  engineRunning: vocabulary("exhaust tailpipe", ["engine run", "car run", "motor run", "engine on", "car on", "leave the car on", "leave the engine on"]),
  enclosed: vocabulary("garage hose", ["duct tape", "door shut", "door closed", "windows up"]),
  gasLeak: vocabulary("", ["smell gas", "smell of gas", "smell like gas", "smell strongly of gas", "gas smell", "gas leak", "leak gas", "gas be leak", "stove be leak", "stove leak"]),
} satisfies Record<string, Vocabulary>;
