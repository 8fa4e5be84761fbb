import { lazyPattern } from '../lazy-pattern';

/*
 * An opening, then an aside that turns to what happened: "Dzień dobry, mam pytanie o grafik … a tak w ogóle to Marek
 * leży pod wózkiem widłowym i krzyczy", "hi, quick question about the rota. btw Mike is under the forklift". The
 * learned model reads the whole text, and the opening's words can choose its kind: "grafik" (the schedule) is what
 * fraud reports of altered rotas are made of, so the Polish report above reached the owner of fraud, not the owner of
 * safety at the plant (blind attack att40, F3). The kind that picks the executive is what the words after the aside
 * tell, when they read at least as urgent as the opening (urgency.ts, kindAfterAnAside).
 *
 * The turns, folded (lower case, Latin accents gone), in the languages the detector reads and those nearby; Cyrillic,
 * Chinese and Arabic are written as \u escapes (every non-analysis bundle is ASCII).
 */
const TURNS = [
  // English
  String.raw`by the way|btw|b\.t\.w\.?|bytheway|oh and|oh also|and also|also,|anyway,?|anyways|on another note|on a different note|side note|sidenote|unrelated(?: but| note)?|speaking of which|fyi|p\.?s\.?(?= )`,
  // Spanish, French, German, Italian, Portuguese
  String.raw`por cierto|a proposito|de paso|a todo esto|otra cosa|ah y|au fait|a propos|d'ailleurs|par ailleurs|en passant|autre chose|ah et|ubrigens|uebrigens|nebenbei(?: bemerkt)?|apropos|ach und|noch was|ach ja|tra l'altro|per inciso|un'altra cosa|ah poi|alias|por falar nisso|outra coisa|ah e`,
  // Polish, Vietnamese, Tagalog, Haitian Creole
  String.raw`a tak w ogole(?: to)?|tak w ogole|swoja droga|przy okazji|nawiasem mowiac|jeszcze jedno|aha i|nhan tien|tien the|nga pala|siya nga pala|by the way lang|anplis|an pasan`,
  // Ukrainian, Russian, Chinese, Arabic
  String.raw`\u0434\u043e \u0440\u0435\u0447\u0456|\u043c\u0456\u0436 \u0456\u043d\u0448\u0438\u043c|\u043a\u0441\u0442\u0430\u0442\u0438|\u043c\u0435\u0436\u0434\u0443 \u043f\u0440\u043e\u0447\u0438\u043c|\u0648?\u0628\u0627\u0644\u0645\u0646\u0627\u0633\u0628\u0647`,
].join('|');
// Chinese has no spaces: its turns ("by the way", "oh right") are found wherever they stand.
const HAN_TURNS = String.raw`\u987a\u4fbf(?:\u8bf4\u4e00\u4e0b|\u8bf4|\u63d0\u4e00\u4e0b)?|\u5bf9\u4e86`;

// A turn standing as words of its own: after the text's start, a space or punctuation, and before a space or the
// like. The last one in the text is the turn to what happened.
const TURN = lazyPattern(String.raw`(?<![\p{L}\p{N}_])(?:${TURNS})(?![\p{L}\p{N}_])|${HAN_TURNS}`, 'gu');

// What is told after a turn must be a sentence's worth to carry the kind, and there must be an opening before it.
const MIN_WORDS_AFTER = 3;
// Chinese counts a word every two characters, as the model's length bar does (urgency.ts, wordsIn).
const wordsOf = (text: string): number =>
  text.split(/[^\p{L}\p{N}']+/u).filter(Boolean).length + Math.floor((text.match(/\p{Script=Han}/gu)?.length ?? 0) / 2);

/**
 * The text before its last aside and the words after it, when both say something; else undefined.
 *
 * @example
 * aroundAnAside('dzien dobry, mam pytanie o grafik a tak w ogole to marek lezy pod wozkiem')
 * // { before: 'dzien dobry, mam pytanie o grafik ', after: ' marek lezy pod wozkiem' }
 */
export function aroundAnAside(folded: string): { before: string; after: string } | undefined {
  let last: RegExpExecArray | undefined;
  const turn = TURN.get();
  turn.lastIndex = 0;
  for (let found = turn.exec(folded); found; found = turn.exec(folded)) last = found;
  if (!last) return undefined;
  const before = folded.slice(0, last.index);
  const after = folded.slice(last.index + last[0].length);
  if (wordsOf(before) < 1 || wordsOf(after) < MIN_WORDS_AFTER) return undefined;
  return { before, after };
}
