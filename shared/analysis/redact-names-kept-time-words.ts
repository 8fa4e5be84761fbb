import { MASKED, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: a word for when, opening a sentence with its capital before a name ("Вчора Оксана сказала", "Сегодня
 * Игорь опять орал", "Včera Petra křičela", "Ayer Lucía me gritó", "Ieri Giulia mi ha spinto") was read with the name
 * as one person's two names, and the sponsor lost when it happened ("[NAME] сказала"). Such a word is no one's name
 * in the languages read: it is given back from the name's mask, and the name after it stays hidden. Words that are
 * also names or surnames somewhere ("Pak", the Korean surname and Czech "then") are not in the list.
 */
const TIME_WORDS = new Set(
  `вчора учора сьогодні завтра післязавтра позавчора потім тоді зараз вранці зранку ввечері вночі вдень нещодавно
  спочатку згодом щойно вчера сегодня завтра послезавтра позавчера потом тогда сейчас утром вечером ночью днём днем
  недавно сначала затем вчерашнем днес утре после wczoraj dzisiaj dziś jutro potem wtedy teraz rano wieczorem
  przedwczoraj včera dnes zítra potom teď ráno večer včera včéra ayer hoy anoche anteayer luego después despues entonces
  ahora ieri oggi domani stamattina stasera stanotte poi allora adesso ontem hoje amanhã amanha depois então entao
  agora anteontem hier aujourd'hui demain puis ensuite alors avant-hier gestern heute vorgestern danach jetzt
  yesterday today tonight tomorrow then later earlier afterwards`.split(/\s+/u),
);

const FIRST_WORD = lazyPattern(String.raw`^([\p{L}'\u2019-]+)([ \t,]+)`, 'u');

/** `masked` with a word for when given back from the start of a name's mask (see above); `premasked`'s finds stay. */
export function keepTimeWordsBeforeNames(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME') continue;
    const span = read.slice(start, end);
    // The word alone under the mask ("Сьогодні" read as a name of its own): given back whole.
    if (TIME_WORDS.has(span.toLowerCase()) && !MASKED.test(premasked.slice(start, end))) {
      out = out.slice(0, start) + span + out.slice(end);
      continue;
    }
    const m = FIRST_WORD.get().exec(span);
    if (!m || !TIME_WORDS.has(m[1]!.toLowerCase())) continue;
    const given = m[0].length;
    if (given >= end - start || MASKED.test(premasked.slice(start, start + given))) continue;
    out = out.slice(0, start) + read.slice(start, start + given) + out.slice(start + given);
  }
  return out;
}
