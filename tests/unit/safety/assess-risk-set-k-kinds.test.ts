import { describeTriageCases, type CrisisCases, type LookalikeCases } from "./describe-triage-cases.js";

// Kinds set K showed missing: a date picked with "I'm done" after an event; the means in one's hand; "end it" with a
// rope at hand; a goodbye "to you all"; a last message with thanks; fresh cuts with an age between wound and body part,
// and cuts in straight lines; a young child's sexual behaviour; drink or a drug given to make a small child sleep;
// someone down on the floor who won't move or talk; something swung at children by someone intoxicated. And the
// lookalikes it showed alarmed: hurt feelings, childcare that can't be found, a medicine's lost appetite, a son's
// relapse told in passing, a course heard to cover suicide. Wordings of our own.
const CRISES: CrisisCases = {
  "a date picked, and done after it": [
    ["we set a date. after the graduation party on saturday i'm done", "suicide"],
    ["he told me he picked the day, right after his mom's wedding he's done", "suicide"],
  ],
  "the means in one's hand": [
    ["sitting here with the whole bottle of pills in my hand, i'm so tired", "suicide"],
    ["she has a razor in her hand and says she's exhausted of all of it", "suicide"],
    ["im holding all my pills right now and im so tired", "suicide"],
    ["he's sitting there holding his pills and says he can't take it anymore", "suicide"],
  ],
  "ending it with the means at hand": [
    ["my brother says he's going to end it and he bought a rope yesterday", "suicide"],
    ["she keeps saying she'll finish it tonight, she's got her pills lined up", "suicide"],
  ],
  "a goodbye to everyone, then no answer": [
    ["my son wrote 'see y'all on the other side' in the group chat and won't pick up", "suicide"],
  ],
  "a last message with thanks to all": [
    ["this will be my final post. thanks everyone for trying to help me", "suicide"],
    ["last message from me. thank you all for being so good to me and my kids", "suicide"],
  ],
  "fresh cuts or cuts in lines on a child": [
    ["saw new cuts on my 14 year old's forearm this morning", "self_harm"],
    ["my daughter has thin marks in straight lines across her hip and says the dog scratched her", "self_harm"],
  ],
  "a young child's sexual behaviour": [
    ["the mom says her 5 year old has been acting out sexually with his cousins", "child_abuse"],
    ["daycare called about my 4 year old's sexualized behavior with the other kids", "child_abuse"],
  ],
  "drink or a drug given to make a small child sleep": [
    ["grandpa puts a splash of rum in the baby's bottle so she sleeps through the night", "overdose"],
    ["her boyfriend gives the 3 year old a shot of vodka every night and now he's floppy", "child_abuse"],
    ["she gives her 6 year old melatonin gummies and benadryl to knock him out", "overdose"],
  ],
  "someone down on the floor, not moving or with pills about": [
    ["my husband is on the kitchen floor and won't move", "emergency"],
    ["her little girl called, daddy's on the floor and there are pills all over the bathroom", "overdose"],
  ],
  "something swung at children, by someone intoxicated": [
    ["my neighbor is drunk and swinging a shovel at his kids in the yard", "child_abuse"],
  ],
};

const LOOKALIKES: LookalikeCases = {
  "hurt feelings at a refusal": [
    "the grandma baked me a pie and would be so hurt if I said no, can I take it?",
    "she'll feel hurt if I decline her invitation to the quinceañera",
  ],
  "childcare that cannot be found": [
    "the mom misses group because nobody can watch her toddlers on tuesdays, can I help her find childcare?",
    "she can't find a sitter for her 2 year old so she keeps cancelling our visits",
  ],
  "holding a child's medicine for safekeeping": ["I'm holding my son's adhd pills at the office so he doesn't forget them, is that ok?"],
  "a medicine's side effect on appetite": ["dad wants to know if he should skip his son's adhd meds on weekends since he's not eating lunch"],
  "a relapse told in passing": ["my son relapsed last spring and I'm wondering if I'm ready to go back to full time as a family partner"],
  "a course heard to cover suicide or overdose": [
    "I heard the QPR course covers how to talk to someone who is suicidal. does it count for CEUs?",
    "i want to understand overdose better before I start with families, any CEU ideas?",
  ],
  "a last post before moving on": ["this is my last post here before I move to the Montana network, thanks everyone!"],
  "missing something, not someone missing": ["he keeps missing the bus and his mom asked me about the school's attendance rules"],
  "an idiom of the work": ["what does coming from the other side of the desk mean in the wraparound chapter?"],
};

describeTriageCases("crisis triage reads the kinds set K showed missing, and the lookalikes it alarmed", CRISES, LOOKALIKES);
