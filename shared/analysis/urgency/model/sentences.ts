/**
 * The sentences of a folded text, each read alone by the learned model (urgency.ts, sentenceReading).
 *
 * Why: the model's stretches (windows.ts) leave off a clause or two at either end, so a danger sentence in the
 * middle of a long report of calm ones ("The rota is out. The canteen is fine. Ele disse que vai trazer uma arma.
 * Parking is a pain. …") was only ever read with all the others around it, which dilute it. A sentence ends at a
 * full stop, a question or exclamation mark, a semicolon or a line break (and their Chinese and Arabic forms). A
 * run-on report typed without any ("the rota is out the canteen is fine he said he will bring a gun parking is a
 * pain …") is cut every few words instead, in overlapping stretches, so every stretch of that many words is inside
 * one of them wherever it starts.
 */

/** Words in each stretch of a text without sentence ends: a sentence's length, as reports are written. */
const STRETCH_WORDS = 10;
/** How far each stretch starts after the last: half its length, so any five words in a row share a stretch whole. */
const STRETCH_STEP = 5;
/** A sentence longer than this many words is read in stretches too, as if it had no sentence ends. */
const LONGEST_SENTENCE = 2 * STRETCH_WORDS;
/**
 * Most sentences read: the longest text the web form accepts is a few hundred sentences at most, and each is read
 * once; past this, a text is so long that its sentences are read in the order they come until the bound.
 */
const MOST_SENTENCES = 400;

// A sentence ends at these followed by a space or the end ("13.5", "t.co/x" are no ends), or at a CJK or Arabic end.
const SENTENCE_END = /[.!?;\n]+(?=\s|$)|[\n\u3002\uff01\uff1f\u061f]+/gu;
const WORD = /\S+/g;

/** The text cut after each sentence end, each piece as written with its end (the last one may be empty). */
function piecesAtSentenceEnds(folded: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const end of folded.matchAll(SENTENCE_END)) {
    const to = end.index + end[0].length;
    pieces.push(folded.slice(from, to));
    from = to;
  }
  pieces.push(folded.slice(from));
  return pieces;
}

/**
 * @example
 * modelSentences('the rota is out. he said he will bring a gun. parking is a pain.')
 * // ['the rota is out.', 'he said he will bring a gun.', 'parking is a pain.']
 */
export function modelSentences(folded: string): string[] {
  const sentences: string[] = [];
  const add = (sentence: string) => {
    if (sentences.length >= MOST_SENTENCES) return;
    const words = [...sentence.matchAll(WORD)];
    if (words.length <= LONGEST_SENTENCE) {
      if (sentence.trim()) sentences.push(sentence.trim());
      return;
    }
    for (let first = 0; first < words.length && sentences.length < MOST_SENTENCES; first += STRETCH_STEP) {
      const last = Math.min(words.length, first + STRETCH_WORDS) - 1;
      sentences.push(sentence.slice(words[first]!.index, words[last]!.index + words[last]![0].length));
      if (last === words.length - 1) break;
    }
  };
  for (const piece of piecesAtSentenceEnds(folded)) add(piece);
  return sentences;
}

/** The longest sentence also read whole before its stretches: about as long as one report's sentence is written. */
const LONGEST_WHOLE_SENTENCE = 4 * STRETCH_WORDS;

/** One stretch the model reads alone, and the sentence it was cut from (itself when it was not cut). */
export interface SentencePart {
  readonly text: string;
  readonly sentence: string;
}

/**
 * The sentences of a folded text as modelSentences cuts them, each with the sentence it came from, and a long
 * sentence (up to LONGEST_WHOLE_SENTENCE words) also read whole before its stretches.
 *
 * Why (ra38b, a danger buried in a long friendly text): a report's one long sentence ("while I was in the basement
 * I noticed the boiler pressure gauge was well into the red and hissing, and the relief valve looks like it has been
 * taped over") was read only in stretches of ten words, none of which says enough ("the boiler pressure gauge was well
 * into the red and"), so the text read calm though the sentence alone reads safety. And a stretch cut from the middle
 * of a sentence ("the director told two of us that women with small") reads as another kind than the sentence it was
 * cut from (discrimination): the reader takes the kind from that sentence (urgency.ts, sentenceReading).
 *
 * @example
 * modelSentenceParts('the rota is out. he said he will bring a gun.')
 * // [{ text: 'the rota is out.', sentence: 'the rota is out.' }, { text: 'he said …', sentence: 'he said …' }]
 */
export function modelSentenceParts(folded: string): SentencePart[] {
  const parts: SentencePart[] = [];
  const add = (written: string) => {
    const sentence = written.trim();
    if (!sentence || parts.length >= MOST_SENTENCES) return;
    const words = sentence.match(WORD)?.length ?? 0;
    if (words > LONGEST_SENTENCE && words <= LONGEST_WHOLE_SENTENCE) parts.push({ text: sentence, sentence });
    for (const text of modelSentences(sentence)) {
      if (parts.length >= MOST_SENTENCES) return;
      parts.push({ text, sentence });
    }
  };
  for (const piece of piecesAtSentenceEnds(folded)) add(piece);
  return parts;
}
