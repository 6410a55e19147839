/**
 * Words that say how a question is asked, not what it is about: function words, the particles of phrasal verbs
 * ("put it up", "fill her in") and light verbs whose object carries the meaning ("take the exam", "give a
 * gift"). They are left out of both the index and the confidence check, so "can I help you pick a fantasy football team" is not taken as a question about help.
 */
export const STOP_WORDS = new Set(
  `a an the and or but if of to in on at for from by with about as into than then so too very just also
  i me my mine we us our you your he him his she her they them their it its this that these those there here
  am is are was were be been being do does did doing done have has had having get gets got getting go going
  can could may might must shall should will would okay allowed permitted able possible alright
  what which who whom whose when where why how much many any some all each every no not yes
  one ones thing things something anything someone anyone let lets please thanks thank hi hello hey
  want wants need needs know tell say said ask asked use make made like really still already
  help helping way ways kind sort lot lots good bad best better worst fine sure actually maybe ever never
  like lol omg tbh btw idk im ive id ill youre shes hes theyre thats whats whos dont doesnt didnt cant wont isnt
  u ur r ya wat wut nah yeah yep nope tho cuz cos coz abt rly ngl imo imho fyi smh ty thx plz sth smth
  arent wasnt werent hasnt havent hadnt wouldnt shouldnt couldnt mustnt weve youve theyve wed youd theyd itll theres
  gonna wanna gotta kinda sorta pretty stuff thing guess mean basically literally honestly quick question
  total overall exactly usually supposed whatever anymore because another other others else
  up down off out over back away along around
  put get gets got take takes took give gives gave keep kept go goes went come came bring brought let try
  set turn fill line pass hand look find trying tried tries`
    .split(/\s+/)
    .filter(Boolean),
);
