import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds retired blind sets T and U showed missing once they were studied: a plan told as "all figured out" beside a
// weapon; asking for a painless way to die; a child touched by a grown-up of the household, in those plain words; a
// weapon beside going to "deal with" someone; a list of names with a veiled threat; heat fuel run out or food from
// the trash with children. And the other way: the field's and work life's words taken for harm in story questions.
// Wordings of our own.
const CRISES: CrisisCases = {
  "a plan told without the word, a weapon at hand": [
    ["my brother says he has it all figured out for after the holidays. he keeps a shotgun in the closet", "suicide"],
    ["she's got everything planned out for friday and there's a handgun in her nightstand", "suicide"],
  ],
  "asking for a way to die without pain": [
    ["a mom asked me what the least painful way to go would be, she said it was for a story she's writing", "suicide"],
    ["he keeps googling the quickest way to die", "suicide"],
  ],
  "a child touched by a grown-up of the household": [
    ["my client's 9 year old told me her mom's boyfriend touches her at night", "child_abuse"],
    ["the uncle has been touching the little girl when he watches her on weekends", "child_abuse"],
  ],
  "a weapon beside going to deal with someone": [
    ["the dad says he's gonna go deal with the coach tonight and he took his revolver", "violence"],
    ["she said she'll 'take care of' her ex this weekend and she bought a gun yesterday", "violence"],
  ],
  "a list of names with a veiled threat": [["my 15 year old nephew wrote a list with the names of the boys who jumped him, it ends with 'they will see'", "violence"]],
  "heat fuel run out with children in the cold": [["they ran out of propane two days ago, the kids are sleeping in coats and it's below zero", "child_abuse"]],
  "children eating from the trash": [["the little ones have been eating from the trash behind the store, there's no running water at home", "child_abuse"]],
};

const LOOKALIKES: LookalikeCases = {
  "lived experience": ["our new supervisor is an LCSW with no lived experience as a parent, is that what the guidance recommends?"],
  "a case that hits close to home": ["my supervisor says I take it personally when a case hits close to home, is that fair?"],
  "hours or a budget cut": ["my husband's hours got cut, can I take a second job at another agency?", "after the budget cut our program only has one parent position"],
  "showing up for families": ["I keep showing up for my families even when I'm tired, is there guidance on self-care?"],
  "a refused gift that would hurt feelings": ["she made me a quilt and saying no would hurt her feelings, can I accept it?"],
  "dealing with paperwork": ["I'm going to go deal with the paperwork for the grant after lunch"],
  "a list of names for a party": ["I made a list with the names of the kids who are coming to the picnic"],
  "propane for a cookout": ["we ran out of propane for the grill at the family picnic, can someone bring a tank?"],
  "touching base": ["can you touch base with the mom about the IEP meeting next week?"],
};

describeTriageCases("triage of the kinds retired sets T and U showed", CRISES, LOOKALIKES);
