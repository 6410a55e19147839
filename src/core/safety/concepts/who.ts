import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** Who is at risk, or named: a child, a partner, an adult, a group; and the work things hyperbole is about. */
export const WHO_CONCEPTS = {
  child: vocabulary(
    "child kid kiddo son daughter baby infant newborn toddler teen teenager boy girl minor youth student stepson stepdaughter grandchild grandson granddaughter niece nephew sibling brother sister preteen tween yo grader preschooler kindergartner twin bub",
    ["year old", "year - old", "little one"],
  ),
  baby: vocabulary("baby infant newborn toddler bub"),
  partner: vocabulary("husband wife boyfriend girlfriend bf gf partner spouse ex fiance fiancé stepdad stepfather stepmom stepmother ex-husband ex-wife ex-boyfriend ex-girlfriend ex-partner", ["baby daddy"]),
  adult: vocabulary(
    "mom mommy mama mother dad daddy papa father parent uncle aunt grandpa grandfather grandma grandmother cousin neighbor neighbour coach teacher babysitter man woman guy adult caregiver relative roommate pastor priest tutor stranger",
  ),
  group: vocabulary("family families everyone anyone people class kids"),
  thirdPerson: vocabulary("he she they him her them someone somebody everyone everybody"),
  firstPersonObject: vocabulary("me us"),
  reflexive: vocabulary("myself himself herself themselves themself yourself ourselves oneself"),
  collective: vocabulary("we"),
  place: vocabulary("school house home class classroom office work church store mall party", ["the place"]),
  // Hyperbole: the subject that is "killing me", or the object strangled, is work, a body part or a thing, not a person.
  workThing: vocabulary(
    "machine printer copier fax computer laptop phone wifi internet school homework college boss sup supe supervisor manager coworker co-worker director coordinator caseload paperwork documentation deadline job work meeting commute traffic heat week schedule audit report inbox email training exam test shift this that it feet foot back knee headache cold allergy grant budget",
  ),
  // An older or dependent adult in someone's care.
  elder: vocabulary("grandma grandmother grandpa grandfather nana granny elderly senior", ["aging parent", "elderly parent", "my mother in law", "disabled brother", "disabled sister", "disabled adult", "with dementia", "with alzheimer", "with alzheimers", "group home", "nursing home", "care home"]),
  // Paid to look after a dependent adult: what they do to the one in their care is abuse of a dependent.
  carer: vocabulary("caregiver carer aide nurse staff", ["home health"]),
} satisfies Record<string, Vocabulary>;
