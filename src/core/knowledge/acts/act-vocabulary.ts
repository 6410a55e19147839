/**
 * The acts a partner's question can be about, each with the everyday words that show it and the knowledge base's
 * own words for it. A story names the act in its own terms ("she wants to do my daughter's prom hair for free to
 * thank me" is a gift; "he asked me to dinner, just the two of us" is romance): recognising the act lets the
 * question be searched by what it is about, whatever the story's words.
 *
 * A cue is matched on stemmed words of one sentence: "for free" needs the words in that order; "thank+gave" needs
 * both anywhere in the sentence. Cues are concept words, never questions from an evaluation set.
 */
export interface Act {
  name: string;
  cues: string[];
  /** The knowledge base's words for the act, added to the question as one term group. */
  means: string;
  /**
   * The act this one tells more of, which the message must name too: who a romance is with (a client's brother, a
   * coworker's client, someone served years ago) decides which rule it falls under.
   */
  refines?: string;
}

const CONDITIONS = ["adhd", "autism", "autistic", "spectrum", "bipolar", "depression", "depressed", "anxiety", "ocd", "ptsd", "odd", "disorder", "schizophrenia", "psychosis", "dyslexia", "add"];

/**
 * Every cue that pairs one of the first words with one of the second: anywhere in a sentence ("+"), or, with
 * `adjacent`, as a phrase of the two in that order.
 */
function combine(first: string[], second: string[], adjacent = false): string[] {
  return first.flatMap((a) => second.map((b) => `${a}${adjacent ? " " : "+"}${b}`));
}

export const ACTS: Act[] = [
  {
    name: "gift",
    cues: [
      "gift", "gifts", "for everything", "cash+gave", "cash+give", "cash+offer", "cash+hand", "envelope", "money+gave",
      "money+give", "money+offer", "money+hand", "for free", "free of charge", "on the house", "no charge", "won't charge",
      "not charge", "gift card", "thank-you", "thank+gave", "thank+give", "thank+giving", "thank+bought",
      "thank+buy", "thank+brought", "thank+bring", "thank+offer", "thank+made", "thank+bake", "thank+do", "to thank",
      "as thanks", "thank+slipped", "thank+handed", "thank+pressed", "slipped me", "handed me", "hand me", "honor me with",
      "honour me with", "worth+gave", "worth+give", "worth+handed", "worth+offer",
      "as a thanks", "appreciation", "bought me", "buy me", "brought me", "gave me", "give me", "treat me", "pay for my",
      "pick up the tab", "flowers", "bouquet", "cookies", "homemade", "handmade", "baked", "tickets", "voucher", "coupon",
    ],
    means: "gift accept",
  },
  { name: "borrowing", cues: ["borrow", "lend", "loan", "lent", "owe", "spot me", "front me", "cash advance"], means: "borrow money" },
  {
    name: "bartering",
    cues: ["barter", "trade", "swap", "offer+if i", "offered+if i", "offering+if i", "exchange+for", "in exchange", "in return", "instead of pay", "instead of paying", "pay me back in", "work off"],
    means: "barter",
  },
  {
    name: "romance",
    cues: [
      // "a date" and "on a date" are romance; "she wants dates", "the date", "a date for the exam" are the calendar.
      "a date", "on a date", "date+with", "date her", "date him", "date them", "date a", "dating", "ask out", "asked me out", "ask her out", "ask him out", "crush", "attract", "attracted", "flirt",
      "flirting", "romantic", "romance", "kiss", "kissed", "hook up", "hooked up", "sleep with", "slept with", "sexual",
      "sex", "feelings for", "fall for", "fell for", "go out with", "went out with", "single dad", "single mom",
      "relationship with her", "relationship with him", "seeing each other", "dinner+just the two",
      "to dinner", "out to dinner", "for dinner+ask", "hit it off", "chemistry", "into him", "into her", "go out sometime",
    ],
    means: "intimate romantic relationship",
  },
  {
    name: "romance with a client's relative",
    refines: "romance",
    cues: [
      ...combine(["her", "his", "their", "client's", "mom's", "dad's", "mother's", "father's", "parent's", "kid's", "child's", "son's", "daughter's"],
        ["sister", "brother", "uncle", "aunt", "cousin", "grandpa", "grandma", "grandfather", "grandmother", "ex", "husband", "wife", "boyfriend", "girlfriend", "roommate", "stepdad", "stepmom", "nephew", "niece", "in-law"], true),
      "sister of", "brother of", "uncle of", "aunt of", "cousin of", "ex of", "lives with her", "lives with him", "lives with them", "in the household", "in her household", "in his household",
    ],
    means: "family member household member",
  },
  {
    name: "romance with another's client",
    refines: "romance",
    cues: [
      "coworker's", "co-worker's", "colleague's", "another staff", "another peer", "other peer supporter", "someone else's", "not my client", "not mine",
      "isn't my client", "not on my caseload", "not my caseload", "another worker", "another family partner", "my coworker+serves", "my coworker+supports", "my coworker+works with",
    ],
    means: "another licensee same program",
  },
  {
    name: "romance with a former client",
    refines: "romance",
    cues: [
      "used to support", "used to serve", "stopped working with", "stopped supporting", "stopped seeing", "former client", "past client", "services ended",
      "after services", "closed her case", "closed his case", "closed their case", "case closed", "no longer my client", "no longer support", "no longer serve",
      "discharged", "finished services", "ended services", "we closed", "worked with+ago", "supported+ago", "served+ago",
    ],
    means: "former client",
  },
  {
    name: "friendship",
    cues: [
      "friend", "friends", "friendship", "hang out", "hanging out", "grab coffee", "get coffee", "coffee+weekend",
      "friend request", "birthday party", "her party", "his party", "their party", // An invitation is friendship when it is to something social; one to join a committee is work.
      ...combine(["invite", "invited", "inviting"], ["party", "dinner", "lunch", "bbq", "barbecue", "cookout", "wedding", "house", "home", "birthday", "over", "drinks", "coffee", "shower", "graduation", "family", "night", "evening", "weekend", "place"]), "wedding", "bbq", "barbecue", "cookout",
      "sleepover", "playdate", "play date", "girls night", "besties", "socialize", "our kids play",
    ],
    means: "friend dual relationship",
  },
  {
    // Knowing the person before the work began: school, church, a neighbour, an old flame.
    name: "prior relationship",
    cues: [
      "from before", "knew+before", "know+before", "knew+already", "already know", "already knew", "knew her", "knew him",
      "knew them", "know her from", "know him from", "know them from", "high school", "went to school", "school together",
      "grew up with", "grew up together", "used to date", "we dated", "went out+back", "went out+year", "my ex", "old flame",
      "same church", "from church", "next door", "used to work with", "worked together",
      // A family of one's own, and old closeness: "turned out to be my cousin's ex-wife", "we used to be close".
      "turned out to be my", "turns out to be my", "turns out she's my", "turns out he's my", "related to me", "relative of mine", "family friend",
      "used to be close", "used to be friends", "we were close", "we used to hang", "old friend", "childhood friend",
    ],
    means: "pre-existing relationship disclose",
  },
  {
    name: "business",
    cues: [
      // Being hired oneself ("I was just hired by ...") is the asker's job, not business with a family.
      "hire me", "hire her", "hire him", "hire them", "hire my", "hired me to", "to hire", "hiring her", "hiring him", "hiring me to",
      ...combine(["hire", "hired", "hiring", "employ", "employee"], ["client", "family", "mom", "dad", "parent", "grandma", "grandpa", "son", "daughter", "teen"]), "job+for me", "work for me", "customer", "customers", "her salon", "his salon", "her shop", "his shop", "her store", "his store", "her bakery",
      "his bakery", "her restaurant", "his restaurant", "business", "buy from", "bought from", "sell", "sells", "selling", "sold",
      "invest", "contractor", "babysit", "babysitting", "babysitter", "clean my house", "cleaning my house", "mechanic",
      "realtor", "landlord", "rent from", "side hustle", "etsy", "her product", "his product", "pyramid", "mlm",
    ],
    means: "business dual relationship",
  },
  {
    name: "social media",
    cues: ["facebook", "instagram", "insta", "tiktok", "snapchat", "twitter", "social media", "follow me", "followed me", "dm", "post online", "posted online", "online group"],
    means: "social media",
  },
  {
    name: "recording",
    cues: [
      // "Records" and "the record" are documentation; recording is what the verb or its -ing and -ed forms do.
      "to record", "record it", "record her", "record him", "record them", "record our", "record my", "record this",
      "record a", "record the", "=recording", "=recorded", "=recorder", "video", "audio", "camera", "film", "filming", "tape", "observe", "observing",
      "observer", "sit in", "sitting in", "shadow", "shadowing", "intern+watch", "student+watch",
      // A picture is only a question when someone takes, posts or shares it.
      ...combine(["photo", "photos", "picture", "pictures", "pics", "pic", "selfie"], ["take", "took", "post", "share", "put", "send", "use", "snap"]),
    ],
    means: "record observe written consent",
  },
  {
    name: "medication",
    cues: ["medication", "pill", "pills", "dose", "taper", "stop taking", "start taking", "side effect", "prescription", "prescribed", "psychiatrist", "refill", "generic"],
    means: "medication",
  },
  {
    name: "diagnosis",
    // A child's condition named in passing is background; saying what a child has is diagnosing.
    cues: [
      ...combine(["think", "sounds", "looks", "seems", "might have", "could have", "could be", "probably has", "pretty sure", "signs of", "symptoms of"], CONDITIONS),
      "think that's what", "think it's what", "think that is what", "what she has", "what he has", "what they have",
      "what's wrong with", "whats wrong with", "get him tested", "get her tested", "get tested for", "evaluated for",
    ],
    means: "diagnosis",
  },
  {
    name: "treatment",
    cues: [
      "therapy", "therapist", "counseling", "counselling", "cbt", "dbt", "emdr", "residential", "inpatient", "rehab",
      "treatment center", "program for", "supplement", "supplements", "essential oils", "diet", "neurofeedback",
      "homeopathic", "try+therapy", "which therapist", "best therapist", "switch therapist",
    ],
    means: "treatment recommend",
  },
  {
    name: "impaired",
    cues: [
      "drunk", "drink", "drinks", "drinking", "beer", "beers", "wine", "alcohol", "hungover", "hangover", "got high", "getting high", "be high", "weed",
      "marijuana", "cannabis", "edible", "edibles", "buzzed", "tipsy", "stoned", "under the influence", "happy hour",
      "makes me drowsy", "make me drowsy", "makes me sleepy", "groggy",
    ],
    means: "impair alcohol drug",
  },
  {
    // Pushing a client to end a marriage, a friendship or their care with another professional.
    name: "interfering with relationships",
    cues: [
      "divorce", "split up", "break up with", "breakup", "separate from", "leave her husband", "leave his wife", "leave her partner",
      "leave his partner", "leave her boyfriend", "leave his girlfriend", "dump him", "dump her", "kick him out", "cut off her",
      "cut off his", "cut her off", "cut him off", "stop talking to", "drop+therapist", "drop+counselor", "fire+therapist",
      "switch+therapist", "quit+therapy", "stop+therapy", "leave+therapist", "against+therapist",
      "against+psychiatrist", "convince+drop", "talk her out of", "talk him out of", "turn her against", "turn him against",
    ],
    means: "interfering legitimate personal relationship therapeutic relationship",
  },
  {
    name: "referral fee",
    cues: ["kickback", "kickbacks", "commission", "referral fee", "referral bonus", "finder's fee", "finders fee", "per referral", "for sending",
      // "For each family" is a fee only where money is spoken of: "what goes in the record for each family" is not.
      ...combine(["for every family", "for each family"], ["pay", "paid", "pays", "bonus", "money", "dollars", "cash", "earn", "card", "cards", "refer", "send", "sent", "offer", "offered"]), "fee splitting", "split the fee"],
    means: "referral fee",
  },
  {
    name: "ending services",
    cues: [
      "stop working with", "stop seeing", "end services", "ending services", "end my services", "close the case",
      "close her case", "close his case", "closing the case", "drop the family", "drop her", "drop him", "quit",
      "quitting", "leaving my job", "leave my job", "new job", "moving away", "moving out of", "hand off",
      // A family or a case is transferred; a credential "transfers" to another state.
      ...combine(["transfer", "transferred", "transferring"], ["case", "family", "families", "client", "clients", "caseload", "her", "him", "them", "another worker", "someone else", "coworker"]),
      "no longer need", "last session", "done with services", "wrap up services", "wrap up", "wrap things up", "wrapping up", "going on leave", "maternity leave",
      // Going on after the work is done: every goal met, services no longer needed.
      "met+goal", "met+goals", "goals+met", "reached+goals", "keep meeting", "keep seeing her", "keep seeing him", "keep seeing them", "keep seeing the", "keep working with", "no longer benefit",
      // Keeping a family on the books who no longer needs the work.
      "keep her open", "keep him open", "keep them open", "keep the case open", "keep her case open", "keep his case open", "keep her on", "keep him on", "keep them on", "caseload numbers", "doesn't need", "don't need our", "no longer need",
    ],
    means: "terminate services transfer notice no longer needed",
  },
  {
    name: "reporting",
    cues: ["report", "reporting", "cps", "dss", "child protective", "hotline", "mandated", "mandatory", "call the state", "social services", "call the police"],
    means: "report mandatory",
  },
  {
    name: "sharing information",
    cues: [
      "tell the school", "tell her teacher", "tell his teacher", "let the teacher know", "tell her ex", "tell his ex",
      "tell her husband", "tell the dad", "tell the mom", "wants to know", "asked me about", "asking me about", "gossip",
      "talk about her", "talk about him", "talk about the family", "release", "consent form", "permission", "confidential",
      "confidentiality", "privacy", "private information", "private details", "private stuff", "keep it private", "kept private", "private+tell", "private+told", "private+share", "private+shared", "share+information", "share+her story", "share+his story", "share+their story", "pass along", "let them know",
      "behind her back", "behind his back", "tell my coworker", "tell my husband", "tell my wife", "tell my friend",
      "fill her in", "fill him in", "fill them in", "asking how", "asked how", "update her on", "update him on",
      "how things are going", "what's going on with", "details about the family",
    ],
    means: "confidential information share consent",
  },
  {
    name: "own story",
    cues: ["my own story", "my story", "my experience", "my own experience", "my own kid", "my own son", "my own daughter", "open up about my", "tell her about my", "tell him about my", "share+my own", "been there",
      "what we went through", "what i went through", "we went through", "i went through", "my son went through", "my daughter went through"],
    means: "share lived experience story",
  },
  {
    // A family's story stirring up one's own: what supervision is for.
    name: "transference",
    cues: [
      "reminds me of my", "remind me of my", "reminds me of when", "all over again", "happening to me again", "can't separate", "too personal",
      "triggered", "triggers me", "triggering", "takes me back", "brings up my", "bring up my", "stirs up", "stirred up", "hits close to home", "hit close to home",
      "too close to home", "hit home", "over-identify", "overidentify", "too attached", "too involved", "can't stop thinking about",
      "takes it personally", "take it personally", "sees me as her", "sees me as his", "reminds her of", "reminds him of",
    ],
    means: "transference countertransference supervision",
  },
  {
    name: "title",
    cues: ["call myself", "business card", "business cards", "my title", "job title", "sign my email", "introduce myself as", "say i'm a", "say i am a", "put on my resume", "letters after my name", "credentials after"],
    means: "title misrepresent",
  },
  {
    // Telling the public more than is true: promised results, a credential one lacks.
    name: "advertising",
    cues: ["advertise", "advertising", "advertisement", "ad", "ads", "flyer", "flyers", "brochure", "marketing", "market myself", "promote", "promoting", "guarantee", "guarantees", "guaranteed", "testimonial", "testimonials", "success rate", "my website", "promise+results", "promise+better"],
    means: "advertising misleading false",
  },
  {
    // Records made to look as they should rather than as things were.
    name: "falsifying records",
    cues: ["backdate", "backdating", "back date", "fudge", "pad my", "padding", "make up+hours", "made up+hours", "fake", "faked", "falsify", "forge", "forged", "round up+hours", "fill+in now", "fill them in", "fill it in", "looks complete", "look complete", "never happened", "didn't happen", "sign off for", "sign for"],
    means: "falsify fraud records",
  },
  {
    // Help the work has not trained one for: legal papers, money matters.
    name: "outside competence",
    cues: ["no training", "not trained", "no experience with", "out of my depth", "not qualified", "lawyer", "attorney", "legal advice", "legal papers", "her will", "his will", "a will", "write+will", "taxes", "tax return", "pension", "financial advice", "investments", "immigration", "custody papers", "divorce papers", "court papers"],
    means: "competence training expertise",
  },
  {
    // Someone already doing the work when certification begins: California's grandfathering.
    name: "already in the work",
    cues: [
      "from scratch", "start over", "starting over", "from the beginning", "from zero", "redo everything", "already working",
      "already employed", "been working as", "been doing this for", "been doing this work", "existing staff", "current staff", "veteran",
      "before certification", "before there was", "grandfather", "grandfathered", "grandfathering",
    ],
    means: "grandfather already employed",
  },
  {
    name: "transport",
    cues: ["ride", "rides", "drive her", "drive him", "drive them", "driving her", "driving him", "pick her up", "pick him up", "pick them up", "my car", "uber", "lyft", "bus pass", "gas money"],
    means: "transportation",
  },
  {
    name: "school",
    cues: ["iep", "504", "school meeting", "teacher", "principal", "suspended", "suspension", "expelled", "special ed", "special education"],
    means: "iep school",
  },
  {
    name: "working with the child",
    cues: ["watch the kids", "watch her kids", "watch his kids", "watch the kid", "talk to her son", "talk to her daughter", "talk to the kid", "mentor the kid", "work with the teen", "work with the kid", "counsel the kid", "one on one with the kid", "one-on-one with her son", "one-on-one with her daughter"],
    means: "work directly youth child",
  },
];
