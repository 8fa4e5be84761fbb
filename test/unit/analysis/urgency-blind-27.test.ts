import { describe } from 'vitest';
import { blindRoundTests, readBlindRows } from '../../support/urgency-blind-round';

/*
 * Blind round 27: 344 messages written before the detector's word lists were read (urgency-blind-27.jsonl: text,
 * urgent, category, language, why), in 25 languages and in styles the earlier rounds did not use: a key=value form
 * ("loc=…; what=…; when=now"), a checklist with [x] boxes, an "EDIT:" appended, "tl;dr", a shift handover note, English
 * from a translation app, a phone's "Sent from my iPhone", ">>" nested quotes, ~~strikethrough~~, stretched letters
 * ("heeeelp"), the danger in an "also unrelated but", a question to the form ("is this where i report stuff?"), an
 * extension to call, a rating form, a retweet, emoji standing for nouns (🔌, ⚡, 🧯, 💊, 🔪, 💨), and nl/id/sv/tr
 * code-switched with English without punctuation. 209 urgent; 135 calm look-alikes, among them a colleague smoking in
 * secret in six languages, "nobody helps me" at work in German, and wildfires in the news.
 *
 * Before any change: 187 of 209 urgent found and 18 of 135 calm flagged.
 */
const rows = readBlindRows(new URL('./urgency-blind-27.jsonl', import.meta.url));

const KNOWN = new Map<string, string>([
  [
    'HANDOVER nights->days: line 3 ok, line 4 ok, Marek went into the freezer at 0400 and nobody has seen him come out',
    'urgent, not found yet',
  ],
  [
    'smoke pouring out under the server room door and the alarm isnt going\n\nSent from my iPhone',
    'urgent, not found yet',
  ],
  ['idk who else to tell. i have the pills lined up. i dont want to be here tomorrow', 'urgent, not found yet'],
  ['kid from the visitor group swallowed something off the lab bench and is going blue', 'urgent, not found yet'],
  ["welder's hose cracked and theres a flame shooting out the side of the acetylene bottle", 'urgent, not found yet'],
  ['two guys went down the sewer manhole and neither is answering on the radio', 'urgent, not found yet'],
  ["a woman's just been dragged into a van by the back entrance, plate starts KX", 'urgent, not found yet'],
  ['man with a hammer smashing the reception glass and going for the staff', 'urgent, not found yet'],
  ['fryer tipped over, the cook has burns all down his legs and is screaming', 'urgent, not found yet'],
  [
    'cant get the night guard on radio or phone since 2am, his car is still here and the incinerator gate is open',
    'urgent, not found yet',
  ],
  [
    "nobody's heard from the lone worker at pump station 5 since 11, his check-in alarm went red",
    'urgent, not found yet',
  ],
  ['really strong rotten egg smell in the lab and two people have headaches and feel sick', 'urgent, not found yet'],
  ['lightning hit the tower crane and its on fire at the top, operator still in the cab', 'urgent, not found yet'],
  ['🔌 behind the vending machine 🔥🔥 and the wall is going black', 'urgent, not found yet'],
  ['⚡ coming off the water heater in the staff shower, got a shock twice', 'urgent, not found yet'],
  ['💊💊💊 took them all. sorry.', 'urgent, not found yet'],
  ["my manager texted me 'you'll end up in the river like the last one' after i complained", 'urgent, not found yet'],
  ['jag orkar inte mer, tänker ta mitt liv ikväll', 'urgent, not found yet'],
  ['熱中症かも、同僚が倒れてけいれんしてる', 'urgent, not found yet'],
  ['칼 든 남자가 로비에서 사람들 위협하고 있어요', 'urgent, not found yet'],
  ['всё, не вывожу, таблетки уже выпил, прощайте', 'urgent, not found yet'],
  ['chlap s nožem vyhrožuje pokladní', 'urgent, not found yet'],
  ['smoke in the kitchen this morning. EDIT: it was just the toaster, nobody hurt, alarm reset', 'calm, flagged yet'],
  [
    'what happens if a forklift battery catches fire? is there a procedure? asking for the training plan',
    'calm, flagged yet',
  ],
  [
    'if someone collapses in the warehouse do we call 999 first or the first aider? the poster doesnt say',
    'calm, flagged yet',
  ],
  ["the boss will murder me if i'm late again, bus is always late, can we get flexible starts", 'calm, flagged yet'],
  ['i was so bored in the safety induction i nearly died', 'calm, flagged yet'],
  [
    'handover: forklift 3 brakes were spongy, taken out of service and tagged, engineer booked tues',
    'calm, flagged yet',
  ],
  ['the Axe body spray in the locker room is a chemical weapon 😂 ventilation pls', 'calm, flagged yet'],
  ["someone's been smoking in the disabled toilet again, the whole corridor smells of smoke", 'calm, flagged yet'],
  ["qualcuno fuma in bagno di nascosto, c'è puzza di fumo, si può fare qualcosa?", 'calm, flagged yet'],
  ['alguien fuma a escondidas en el baño, huele a humo todo el pasillo', 'calm, flagged yet'],
  ['tem gente fumando escondido no banheiro, cheiro de fumaça o dia todo', 'calm, flagged yet'],
  ["quelqu'un fume en cachette dans les toilettes, ça sent la fumée partout", 'calm, flagged yet'],
  ['jemand raucht heimlich im Treppenhaus, es riecht total nach Rauch', 'calm, flagged yet'],
  ['ich bin der einzige Azubi in der Schicht und niemand erklärt mir was', 'calm, flagged yet'],
  ['szef mnie zabije jak się spóźnię', 'calm, flagged yet'],
  ['新メニュー、ヤバいくらい美味しい🔥', 'calm, flagged yet'],
  ['신메뉴 대박 🔥🔥', 'calm, flagged yet'],
  ['начальник меня убьёт если опоздаю, автобус опять', 'calm, flagged yet'],
]);

describe('urgency blind round 27', { timeout: 120_000 }, () => {
  blindRoundTests(rows, KNOWN, { minRows: 340, urgentShare: [0.55, 0.65], minLanguages: 25 });
});
