import { vocabulary, type Vocabulary } from "../vocabulary.js";

/** When and how harm is told: long past, again, now; a question about a topic; a case supposed. */
export const FRAMING_CONCEPTS = {
  // Harm long past ("five years ago", "used to", "sober for two years"): a story, not a present danger.
  pastHistory: vocabulary("ago sober recovered recovery thriving", ["last month", "hoax", "false alarm", "turn out to be fine", "last year", "last summer", "last spring", "last fall", "last winter", "year back", "used to", "in the past", "back when", "back in", "be safe for", "year now", "safe since", "years back", "history of", "clean for", "doing great", "doing well", "lived experience"]),
  recurrence: vocabulary("again", ["once more", "another attempt", "this time", "third time", "fourth time", "second time this", "keep get hurt"]),
  // Cooking and housework, where burns and cuts happen by mishap.
  chore: vocabulary("cook cooking bake baking chop chopping slice slicing grill grilling ironing", ["make dinner", "make breakfast", "make lunch", "take <DET> <NOUN> out of the oven", "on the stove", "on the oven", "on the grill"]),
  // "at risk of hurting herself": a harm named as a possibility, the words of a duty's threshold, not one told.
  riskOf: vocabulary("", ["at risk of", "at risk for", "at a risk of"]),
  // "an hour ago", "ten minutes ago": just now, not long past.
  // A day or two back is still now for a family without heat or food: not the long past.
  justNow: vocabulary("", ["hour ago", "minute ago", "min ago", "mins ago", "second ago", "day ago", "night ago"]),
  present: vocabulary("now today tonight again lately recently currently yesterday still", ["right now", "last night", "this week", "this morning", "keep", "keeps"]),

  // What makes a message a question about a topic rather than about someone.
  topic: vocabulary(
    "prevention awareness understand understanding training train module course curriculum competency standard toolkit guide document policy protocol procedure rule law requirement require section ceu ceus credit class workshop webinar certification topic resource resources handout statistic statistics research sign signs screening assessment recognize identify teach include book novel movie movies film documentary episode episodes character characters plot podcast tv netflix anime comic includes define definition hotline lifeline",
    ["say how to", "how to respond", "how to handle", "how to talk to", "how to support", "how to help", "how do i respond", "how should i respond", "count as", "risk factor", "risk factors", "warning sign", "warning signs", "say about", "know about", "learn about", "talk about suicide", "ask about", "bring up", "what count as", "what counts as", "what is", "what are", "mandatory reporting", "mandated reporter", "mandatory reporter",
    // A story in a book, a film or a game is a topic: the harm happens to a character, not to anyone here.
    "tv show", "the show", "a show", "that show", "video game", "book club",
    // Covered by a training, not covered in bruises.
    "cover in the", "cover in our", "cover in my", "cover by the", "cover on the", "cover suicide", "cover self-harm", "cover abuse", "cover overdose", "cover neglect",
    // A duty to report is a rule's topic: "do we have to report child abuse?".
    "how do i report", "how to report", "where do i report", "who do i report", "report suspected", "suspected abuse", "suspected child abuse", "have to report", "need to report", "required to report", "supposed to report", "must report", "obligated to report", "duty to report"],
  ),
  // "what do I do if a mom tells me ...": a case supposed, not one happening.
  hypothetical: vocabulary("", ["if a", "if an", "if someone", "if somebody", "if anyone tell", "if anyone say", "if anyone ever", "if anyone at", "if anyone in", "if anyone on", "if anyone from", "if anyone i", "if anyone <PRON>", "suppose a", "let us say a", "let's say a", "say a <NOUN> tell",
    // A plot told: what follows happens in the story ("a movie where the dad shoots the bad guy").
    "movie where", "film where", "show where", "book where", "game where", "episode where", "scene where", "story where", "novel where"]),
  situation: vocabulary(
    "tell told say said text texted call called find found see saw seen notice noticed hear heard show showed admit admitted disclose disclosed confide confided mention mentioned now tonight today tomorrow yesterday morning currently worried worry scared afraid concerned keep keeps",
    ["have be", "be be", "right now", "last night", "this morning", "i support", "i work with", "i am worried", "i'm worried", "my son", "my daughter", "my kid", "my child", "her son", "her daughter", "his son", "his daughter", "her kid", "his kid", "my client", "a mom", "a dad", "the mom", "the dad"],
  ),
} satisfies Record<string, Vocabulary>;
