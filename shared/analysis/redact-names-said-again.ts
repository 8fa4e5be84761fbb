// Blind rounds 25-26: "I'm Tess. tess from the cafe", "Rob here. yes rob again": the same name said a second time.
import { isEnglishWord } from './english-dictionary';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { ALL_STOPWORDS } from './redact-names-words';

/*
 * A name once hidden is the same person where the text says it again, written small or in capitals: each mention
 * was read alone, and the second, after a name already given, had no cue of its own ("kit. kit from the bakery",
 * "my name is Ash, ash from dispatch"). A word of English said again is the name only where the writer says it again
 * as a name: after the end of a sentence, a comma or "yes", and before "from", "here", "again", where they work, or
 * the sentence's end ("yes rob again"); "Will said he will" keeps its verb.
 */

const NAME_MARK = mask('NAME', 1);
const SAID_AGAIN_BEFORE = /(?:^|[.,!?;:…]|(?:^|[^\p{L}])(?:yes|yeah|yep|its|it['’]s|im|i['’]m|again))[ \t]*$/iu;
const SAID_AGAIN_AFTER = /^(?:[ \t]*(?:[.,!?;:…]|$)|[ \t]+(?:from|frm|here|again|on|in|at|of)(?![\p{L}]))/iu;

/** `out` with the other mentions in `read` of each single-word name hidden in it hidden too (see above). */
export function hideNamesSaidAgain(read: string, out: string): string {
  if (!out.includes(NAME_MARK)) return out;
  const names = new Set<string>();
  for (const { kind, start, end } of maskedSpans(out)) {
    const word = read.slice(start, end);
    if (kind === 'NAME' && /^\p{L}{2,}$/u.test(word)) names.add(word.toLowerCase());
  }
  let hidden = out;
  for (const name of names) {
    if (ALL_STOPWORDS.has(name)) continue;
    const english = isEnglishWord(name);
    const again = new RegExp(String.raw`(?<![\p{L}\p{N}_@.'’-])${name}(?![\p{L}\p{N}_@'’-])`, 'giu');
    for (const m of read.matchAll(again)) {
      const start = m.index;
      const end = start + m[0].length;
      if (MASKED.test(hidden.slice(start, end))) continue;
      if (
        english &&
        !(
          SAID_AGAIN_BEFORE.test(read.slice(Math.max(0, start - 12), start)) &&
          SAID_AGAIN_AFTER.test(read.slice(end, end + 12))
        )
      )
        continue;
      hidden = hidden.slice(0, start) + NAME_MARK.repeat(end - start) + hidden.slice(end);
    }
  }
  return hidden;
}
