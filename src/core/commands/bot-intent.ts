/** A message about the bot itself rather than a question for the knowledge base. */
export type BotIntent = "greeting" | "help" | "capabilities" | "identity";

// Greetings and sign-offs of a chat line; "porchlight" and "bot" are how people address it.
const GREETING = /^(hi|hiya|hello|hey|heya|howdy|yo|greetings|good (morning|afternoon|evening|day)|hi there|hello there|hey there)\b/;
const ADDRESS = /^(porchlight|bot|there|everyone|all|friend)\b/;
const FILLER = /^(and|so|um|uh|ok|okay|please|thanks|thank you)\b/;

// Whole-message questions about the bot. Anchored at both ends, so "hi, can I drive a parent?" is a question.
const ABOUT_BOT: [BotIntent, RegExp][] = [
  ["help", /^(help|help me|i need help( with (this|the|porchlight|you))?|how (do|does) (i|this|it) (use|work)( (this|it|you|porchlight))?|how do i use (this|you|porchlight)( bot)?|what (do|can) i (ask|type|say)|commands|what are (the|your) commands|menu|start|getting started|get started)$/],
  ["capabilities", /^(what (can|do) (you|porchlight) do( for me)?|what are you for|what do you help with|what (can|do) you help (me )?with|how can you help( me)?|what can i (do|use you for)( here)?|what is this( bot)?|what's this( bot)?)$/],
  ["identity", /^(who are you|who r u|what are you|what's your name|what is your name|are you a (bot|robot|person|human)|who is (porchlight|this)|what is porchlight|what's porchlight|who made you|tell me about (yourself|porchlight))$/],
];

/**
 * What a message says about the bot, if that is all it says. Run it only after crisis triage found nothing:
 * "hi, my son says he wants to die" is a crisis, never a welcome.
 */
export function detectBotIntent(message: string): BotIntent | undefined {
  let text = message.toLowerCase().replace(/[\u2019']/g, "'").replace(/[^a-z' ]+/g, " ").replace(/\s+/g, " ").trim();
  let greeted = false;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of [GREETING, ADDRESS, FILLER]) {
      const m = prefix.exec(text);
      if (m) {
        if (prefix === GREETING) greeted = true;
        text = text.slice(m[0].length).trim();
        stripped = true;
      }
    }
  }
  if (!text) return greeted ? "greeting" : undefined;
  const intent = ABOUT_BOT.find(([, pattern]) => pattern.test(text.replace(/ (porchlight|bot)$/, "")));
  return intent?.[0];
}
