import { hasPlaceThenNumber, MARKER, NUMBER, PLACE } from './redact-ids-spots-people-hold';
import { POST_MODIFIER } from './redact-ids-spot-posts';
import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * spot39: the writer at the post they are assigned to, in the ten languages sp37's tables read ("I work dock door 14
 * alone", "I'm on gate 5 this week", "trabajo en la caja 4", "je suis au poste 4", "ich arbeite an Tor 3", "lavoro al
 * tavolo 7", "pracuj\u0119 przy stoliku 8", "\u044f \u043f\u0440\u0430\u0446\u044e\u044e \u043d\u0430 \u0432\u043e\u0440\u043e\u0442\u0430\u0445 2", "nasa kahera 2 ako", "mwen travay nan p\u00f2t 3"). The writer is the
 * person whom the rota names most surely: the number is hidden as [ID], the place word stays. English tills, desks,
 * routes and rooms were already read by redact-ids-held-spots.ts ("I'm on till 4"); this reads sp37's and spot39's
 * places (redact-ids-spot-posts.ts) in every language. "I work till 5" is a time ("till" is a place only after on, at,
 * the); "el trabajo en la caja 4 es duro", "il lavoro al tavolo 7" are the work, not the writer (no article or owner
 * before the verb); a place many share stays ("I'm on ward 3" is read by the held spots as before; "I'm in building 4",
 * "je suis au b\u00e2timent 4" stay).
 */

// A verb of being, working or sitting at a post, said by the writer, and up to two small words after it.
const EN = String.raw`(?<![\p{L}'\u2019])(?:i['\u2019]?m|i[ \t]+am|i[ \t]+was|i(?:[ \t]+(?:usually|always|only|mostly|still|now))?[ \t]+(?:work|worked|run|ran|man|cover|staff|sit|sat|stand|stood|deal|tend|watch|guard)|i[ \t]+(?:got|get|was|am)[ \t]+(?:put|assigned|stationed|posted)|i['\u2019]m[ \t]+(?:put|assigned|stationed|posted))(?:[ \t]+(?:at|on|in|to|behind|the|my|usually|always|mostly|still|now)){0,2}`;
const ES_PT_IT = String.raw`(?<![\p{L}])(?<!(?:el|la|mi|tu|su|un|una|este|ese|del|al|de|o|a|meu|seu|um|do|no|il|lo|mio|suo|uno|nel)[ \t]+)(?:(?:yo|eu|io)[ \t]+)?(?:trabajo|estoy|atiendo|cubro|me[ \t]+toca|trabalho|estou|fico|atendo|lavoro|sto|sono|faccio)(?:[ \t]+(?:en|a|al|el|la|del|de|no|na|em|ao|\u00e0|o|alla|allo|nel|nella|sul|sulla|sempre|siempre|ahora|agora|ora)){0,2}`;
const FR = String.raw`(?<![\p{L}])(?:je[ \t]+(?:suis|travaille|tiens|bosse)|j['\u2019](?:suis|travaille|bosse))(?:[ \t]+(?:\u00e0|au|la|le|sur|en|toujours))?(?:[ \t]+la)?`;
const DE = String.raw`(?<![\p{L}])(?:ich[ \t]+bin|(?:ich[ \t]+)?(?:arbeite|sitze|stehe))(?:[ \t]+(?:ich|immer|meistens|jetzt|an|am|auf|bei|beim|im|in|der|die|dem|den)){0,2}`;
const PL_UK = String.raw`(?<![\p{L}])(?:(?:ja|\u044f)[ \t]+)?(?:pracuj\u0119|jestem|siedz\u0119|stoj\u0119|\u043f\u0440\u0430\u0446\u044e\u044e|\u0441\u0442\u043e\u044e|\u0441\u0438\u0434\u0436\u0443|\u0447\u0435\u0440\u0433\u0443\u044e)(?:[ \t]+(?:na|przy|w|we|za|zawsze|\u043d\u0430|\u0431\u0456\u043b\u044f|\u0437\u0430|\u0432|\u0443|\u0437\u0430\u0432\u0436\u0434\u0438)){0,2}`;
// Tagalog and Kreyòl: "ako yung nasa gate 5", "nasa kahera 2 ako" (the writer after), "mwen travay nan p\u00f2t 3".
const TL_HT = String.raw`(?<![\p{L}])(?:ako(?:[ \t]+(?:ay|yung|iyong|ang))?(?:[ \t]+(?:nasa|sa|naka-?assign[ \t]+sa))|(?:mwen|m)[ \t]+(?:travay|ye|chita|kanpe|toujou)(?:[ \t]+(?:nan|sou|kote|b\u00f2))?)`;
const WRITER_FIRST = lazyPattern(
  String.raw`(?:${EN}|${ES_PT_IT}|${FR}|${DE}|${PL_UK}|${TL_HT})[ \t]+(?:${POST_MODIFIER}[ \t]+)?(?:[ld]['\u2019])?${PLACE}[ \t]*${MARKER}${NUMBER}`,
  'giu',
);
const WRITER_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])nasa[ \t]+${PLACE}[ \t]*${MARKER}${NUMBER}(?=[ \t]+ako(?![\p{L}]))`,
  'giu',
);

const writerFirst = maskMatches(WRITER_FIRST, 'ID', () => true, 1, true);
const writerAfter = maskMatches(WRITER_AFTER, 'ID', () => true, 1);

/** Masks the number of the post the writer says they work or sit at (see above). */
export const maskSpotsWriterHolds: Rule = (text) => (hasPlaceThenNumber(text) ? writerAfter(writerFirst(text)) : text);
