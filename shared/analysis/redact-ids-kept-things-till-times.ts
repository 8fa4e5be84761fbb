import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * r37 (blind attacker): two kinds of number the spot rules hid that point at no one, given back:
 * - a place's number where what follows is the state of the place or of a part of it, said of no one: "locker 118
 *   door is hanging off", "locker 22 lock is broken again", "desk 14 drawer is stuck", "szafka 12 ma zepsuty zamek",
 *   "\u043a\u0430\u0441\u0430 3 \u043d\u0435 \u043f\u0440\u0430\u0446\u044e\u0454". Facilities need the number to find it. Not where a person is named before it ("my
 *   locker 31 door is hanging off", "the guy at desk 14 …") nor what is done to its holder ("locker 12 was broken
 *   into", "locker 12 door was forced"), which stay hidden;
 * - "till" meaning "until" before a time ("I work till 5 every day", "we stayed till 8"): after a verb. "I'm at
 *   till 4", "I'm on till 4 most days", "the guy on till 4 keeps staring" stay hidden.
 * Only an [ID] the rules made, never what was hidden before them.
 */

// Places with a number, in the languages the spot rules read.
const PLACE = String.raw`(?:locker|desk|cubicle|cube|workstation|till|register|checkout|counter|station|booth|bunk|bed|room|pod|seat|kiosk|stall|spind|kasse|schreibtisch|taquilla|casillero|escritorio|caja|casier|bureau|caisse|armadietto|scrivania|cassa|arm\u00e1rio|cacifo|caixa|szafka|szafki|biurko|kasa|stanowisko|\u0448\u0430\u0444\u043a\u0430|\u043a\u0430\u0441\u0430|\u0441\u0442\u0456\u043b|k\u00e8s|kazye|biwo)`;
const MARKER = String.raw`(?:(?:number|no\.?|nr\.?|n[\u00b0\u00ba]\.?|num[\u00e9e]ro|n[\u00fau]mero|nummer|numer|\u043d\u043e\u043c\u0435\u0440|#)[ \t]*)?`;
// The place's word and its marker right before the number, opening a clause (nothing names its holder before it).
const PLACE_BEFORE = lazyPattern(
  String.raw`(?:^|[.!?\n;:,(]|(?<![\p{L}])(?:the|a|and|but|so|also|plus|because|cos|btw|und|die|der|das|y|el|la|et|le|e|o|a|i|\u0456|\u0442\u0430|ak|epi))[ \t]*${PLACE}[ \t]*${MARKER}$`,
  'iu',
);
// A part of the place.
const PART = String.raw`(?:door|doors|lock|locks|hinge|hinges|handle|handles|drawer|drawers|lid|shelf|shelves|latch|padlock|key|keyhole|leg|legs|chair|light|lights|screen|panel|top|cover|glass|frame|wheel|wheels|vent|sign|label|mirror|tray|scanner|printer|keyboard|monitor|till|belt|zamek|drzwiczki|drzwi|zawias|szuflada|\u0434\u0432\u0435\u0440\u0446\u044f\u0442\u0430|\u0437\u0430\u043c\u043e\u043a|\u0440\u0443\u0447\u043a\u0430|\u0448\u0443\u0445\u043b\u044f\u0434\u0430|p\u00f2t|kadna|t\u00fcr|schloss|schublade|puerta|cerradura|caj\u00f3n|porte|serrure|tiroir|porta|fechadura|gaveta|serratura|cassetto)`;
// The state a thing is in (not what was done to its holder: "broken into", "forced", "searched" are missing).
// A state said with "is" or "was" ("is broken", "was stuck"; "workstation 14 chair broken" is as often its holder's
// complaint, an older test holds), or a verb of its own ("hinge snapped", "door is hanging off", "Tür klemmt").
const ADJECTIVE = String.raw`(?:is|are|was|were|has[ \t]+been|have[ \t]+been|['\u2019]s|got)[ \t]+(?:(?:still|now|completely|totally|just|always|all|again|half)[ \t]+)?(?:broken(?![ \t]+(?:into|open|in(?![\p{L}])))|cracked|bent|dented|rusty|loose|missing|stuck|jammed|wobbly|flooded|damp|mouldy|moldy|faulty|dead|out[ \t]+of[ \t]+order|not[ \t]+working)`;
const STATE = String.raw`(?:${ADJECTIVE}|(?:(?:is|are|was|were|has[ \t]+been|have[ \t]+been|['\u2019]s|keeps|kept|got)[ \t]+)?(?:(?:still|now|completely|totally|just|always|all|again|half)[ \t]+)?(?:hanging[ \t]+off|falling[ \t]+off|fell[ \t]+off|came[ \t]+off|coming[ \t]+off|off[ \t]+its[ \t]+hinges?|broke(?![ \t]+(?:into|open|in(?![\p{L}])))|snapped|rusted|rusting|jamming|jams|sticking|sticks|wobbles|leaking|leaks|smells|stinks|(?:doesn['\u2019]?t|does[ \t]+not|won['\u2019]?t|will[ \t]+not|can['\u2019]?t|cannot)[ \t]+(?:work|close|lock|open|shut|turn[ \t]+on)|needs[ \t]+(?:fixing|repair|repairing|replacing|a[ \t]+new|oil)|(?:has|had)[ \t]+(?:no|a[ \t]+broken|a[ \t]+cracked|a[ \t]+missing|mould|mold|rust)|ma[ \t]+(?:zepsut\p{L}*|uszkodzon\p{L}*|p\u0119kni\u0119t\p{L}*)|(?:jest|s\u0105)[ \t]+(?:zepsut\p{L}*|uszkodzon\p{L}*)|nie[ \t]+(?:dzia\u0142a|zamyka|domyka)|\u043d\u0435[ \t]+(?:\u043f\u0440\u0430\u0446\u044e\u0454|\u0437\u0430\u0447\u0438\u043d\u044f\u0454\u0442\u044c\u0441\u044f|\u0437\u0430\u043c\u0438\u043a\u0430\u0454\u0442\u044c\u0441\u044f)|\u0437\u043b\u0430\u043c\u0430\u043d\p{L}*|(?:la[ \t]+)?pa[ \t]+(?:mache|f\u00e8men)|kase|klemmt|(?:ist|sind)[ \t]+(?:kaputt|defekt)|geht[ \t]+nicht|est[\u00e1a][ \t]+(?:rot[oa]|estropead[oa]|quebrad[oa])|no[ \t]+(?:cierra|funciona)|est[ \t]+(?:cass\u00e9e?|en[ \t]+panne)|ne[ \t]+(?:ferme|marche)[ \t]+pas|\u00e8[ \t]+(?:rott[oa]|guast[oa])|non[ \t]+(?:chiude|funziona)|n\u00e3o[ \t]+(?:fecha|funciona)))(?![\p{L}])`;
const STATE_AFTER = lazyPattern(String.raw`^(?:['\u2019]s)?[ \t]+(?:${PART}[ \t]+)?${STATE}`, 'iu');

// "till" as "until": after a verb ("work till 5", "stayed till 8"); never after "at", "on", "the", "behind" or a verb
// of running a till ("I'm on till 4 most days" is the writer's till, round 34).
const TILL_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(\p{L}+)[ \t]+till[ \t]*$`, 'iu');
const RUNS_A_TILL = /^(?:at|the|behind|runs|ran|run|running|mans|manning|on|a|my|his|her|their|our|your|#)$/iu;
const CLOCK_NUMBER = /^(?:[1-9]|1[0-9]|2[0-4]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/iu;

/** `masked` with the numbers of places said of no one, and times after "till", given back from `read` (see above). */
export function keepNumbersOfThingsAndTillTimes(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE004')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'ID' || MASKED.test(premasked.slice(start, end))) continue;
    const number = read.slice(start, end);
    if (!/^#?(?:\d{1,4}[a-z]?|\p{L}{3,6})$/iu.test(number)) continue;
    const before = read.slice(Math.max(0, start - 40), start);
    const after = read.slice(end, end + 60);
    const thing = PLACE_BEFORE.get().test(before) && STATE_AFTER.get().test(after);
    const word = CLOCK_NUMBER.test(number) ? TILL_BEFORE.get().exec(before)?.[1] : undefined;
    const until = word !== undefined && !RUNS_A_TILL.test(word);
    if (thing || until) out = out.slice(0, start) + number + out.slice(end);
  }
  return out;
}
