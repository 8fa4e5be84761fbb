// Blind rounds 25-26: "I'm Tess. tess from the cafe", "Rob here. yes rob again": the same name said a second time.
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { ALL_STOPWORDS } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';
import { recentPattern } from './recent-patterns';

/*
 * A name once hidden is the same person where the writer says it again, written small, as a name: after the end of
 * a sentence, a comma or "yes", "its", "i'm", and before "from", "here", "again", where they work, or the sentence's
 * end ("kit. kit from the bakery", "I'm Tess. tess from the cafe", "yes rob again"). Each mention was read alone, and
 * the second had no cue of its own. Nowhere else: a firm's name hidden once ("Run away from [NAME]") is not hidden at
 * every mention ("Celadon is the worst company"), nor a word taken once for a name ("ive seen", "yall").
 */

const NAME_MARK = mask('NAME', 1);
const SAID_AGAIN_BEFORE = lazyPattern(
  String.raw`(?:^|[.,!?;:…]|(?:^|[^\p{L}])(?:yes|yeah|yep|its|it['’]s|im|i['’]m|again))[ \t]*$`,
  'iu',
);
const SAID_AGAIN_AFTER = lazyPattern(
  String.raw`^(?:[ \t]*(?:[.,!?;:…]|$)|[ \t]+(?:from|frm|here|again|on|in|at|of)(?![\p{L}]))`,
  'iu',
);

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
    // Only a mention written exactly so, and not already hidden, can be hidden: where the text holds none (most
    // names are said once, with their capital), the pattern is neither compiled nor run.
    if (!unhiddenAt(read, hidden, name)) continue;
    const again = recentPattern(String.raw`(?<![\p{L}\p{N}_@.'’-])${name}(?![\p{L}\p{N}_@'’-])`, 'giu');
    for (const m of read.matchAll(again)) {
      const start = m.index;
      const end = start + m[0].length;
      if (MASKED.test(hidden.slice(start, end)) || m[0] !== name) continue;
      const saidAgain =
        SAID_AGAIN_BEFORE.get().test(read.slice(Math.max(0, start - 12), start)) &&
        SAID_AGAIN_AFTER.get().test(read.slice(end, end + 12));
      if (!saidAgain) continue;
      hidden = hidden.slice(0, start) + NAME_MARK.repeat(end - start) + hidden.slice(end);
    }
  }
  return hidden;
}

/** Whether `read` holds `name` as written somewhere not hidden in `hidden` yet. */
function unhiddenAt(read: string, hidden: string, name: string): boolean {
  for (let at = read.indexOf(name); at >= 0; at = read.indexOf(name, at + 1))
    if (!MASKED.test(hidden.slice(at, at + name.length))) return true;
  return false;
}
