import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** Self-injury of any kind, bleeding that will not stop, purging. */
export const SELF_INJURY_CONCEPTS = {
  selfHarmTerm: vocabulary("self-harm selfharm self-harming self-injury self-injure cutter self-mutilation", ["self harm", "self - harm", "self injury", "self - injury", "self - injure"]),
  selfHarmVerb: vocabulary("slam cut burn hurt harm scratch carve hit punch bang bite starve pinch injure mutilate slash stab punish"),
  cutAlone: vocabulary("cut cutting"),
  firstPerson: vocabulary("i i'm"),
  // Bleeding that will not stop.
  notStopping: vocabulary("stop stopping", [], "negated"),
  bleed: vocabulary("bleed bleeding blood bloody bloodied"),
  // Punching walls and doors is self-injury when the pain is the point.
  punchObject: vocabulary("", ["punch the wall", "punch a wall", "punch the door", "punch a door", "hit the wall", "hit a wall", "hit the door", "punch through"]),
  // Wanting the pain itself: "I wanted it to hurt more", "I deserve the pain".
  wantPain: vocabulary("", ["want it to hurt", "wanted it to hurt", "want <PRON> to hurt", "want the pain", "wanted the pain", "deserve the pain", "deserve to hurt", "deserve it to hurt", "feel the pain", "<PRON> deserve it"]),
  // Where needles and pins go in (only beside something sharp: a finger cut slicing apples is a kitchen mishap).
  fingertips: vocabulary("finger fingers fingertip fingertips nail nails"),
  // A wound told as new: "rows of fresh cuts", "new burns on her arm".
  freshWound: vocabulary("", ["fresh cut", "fresh cuts", "new cut", "new cuts", "fresh slice", "fresh slices", "fresh burn", "fresh burns", "new burns", "fresh scratch", "fresh scratches", "fresh scar", "fresh scars", "fresh mark", "fresh marks"]),
  wound: vocabulary("cut cuts scar scars burn burns scratch scratches wound gash slash bandage bleed bleeding blood mark marks blister blisters scab scabs", ["line up <PRON> arm", "lines up <PRON> arm", "line on <PRON> arm", "lines on <PRON> arm", "lines on <PRON> thigh", "lines on <PRON> leg", "red line", "thin line", "red lines", "thin lines", "straight line", "straight lines", "neat line", "neat lines", "parallel line", "parallel lines", "in a row", "in rows"]),
  bodyPart: vocabulary("knuckle knuckles fist arm arms wrist wrists thigh thighs leg legs skin stomach belly hip hips ankle chest forearm"),
  concealment: vocabulary("fresh new hide hiding cover sleeve sleeves herself himself themselves own again"),
  disorderedEating: vocabulary("purge purging anorexia anorexic bulimia bulimic", ["stop eating", "stopped eating", "starve herself", "starve himself", "starving herself", "starving himself", "make herself throw up", "make himself throw up", "barely eating", "barely eat"]),
  // Throwing up after meals, as a habit: not a baby who threw up once after eating too fast.
  purgeAfter: vocabulary("", ["throw up after", "throwing up after", "vomit after", "vomiting after", "puke after", "puking after"]),
  habit: vocabulary("every each always often constantly usually keep keeps", ["all the time"]),
  headAgainst: vocabulary("", ["bald spot", "bald spots", "in clumps", "pull out <PRON> hair", "pull out <PRON> eyelash", "pull <PRON> eyelash", "fist into the wall", "fist into walls", "fist through the wall", "pull out her", "pull out his", "pulls out her", "pulls out his", "pick her skin", "pick his skin", "picks her skin", "picks his skin", "skin raw", "until it bleed", "until they bleed", "until she bleed", "until he bleed","head against", "head into", "head on the wall", "head off the wall"]),
  // Cutting deeper than before: "this time I went deeper".
  deeperCut: vocabulary("", ["go deep", "go deeper", "cut deep", "cut deeper", "deeper this time", "deep this time"]),
  // Skin kept covered when it makes no sense: long sleeves in summer, a hoodie in the heat.
  coverUp: vocabulary("hoodie sweatshirt", ["long sleeve", "long sleeves", "long pant", "long pants", "band - aid", "band-aids", "bandaid", "bandaids"]),
} satisfies Record<string, Vocabulary>;
