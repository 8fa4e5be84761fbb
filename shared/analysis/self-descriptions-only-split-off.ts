/*
 * "The only one" split off from what the writer says of themselves (op46c, after the op45 attack, 2026-12-07): "I'm
 * from Eritrea, the only one here", "ich komme aus Eritrea, als einziger hier", "я переселенка з Маріуполя, єдина в
 * нашому цеху", "soy de Honduras, el único en el almacén"; and Tagalog's "ako lang ang …" ("only I …"), whatever
 * follows ("ako lang ang may anak na may autismo"). The older reader names "I'm the only one from Eritrea", the cue
 * right after "I am"; set off by a comma or "and", the "only one" is the writer still.
 *
 * Named when a clause of "I" (I'm, I come, soy, vengo, je suis, je viens, ich bin, ich komme, sou, venho, sono, vengo,
 * jestem, pochodzę, я, ako, tôi) is followed in the same sentence by "the only one" with no noun, then the sentence's
 * end or where ("here", "on my shift", "en el almacén"). Not "I'm tired, the only one who cares is HR", "I'm from
 * Eritrea, the only problem is the heat" (a noun, or a verb after it: another clause), "many of us are from Eritrea".
 *
 * Warned about, not hidden (docs/anonymity.md). Each span is bounded.
 */
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

const I_CLAUSE = String.raw`i[ \t]?['\u2019]?[ \t]?m|i[ \t]+am|i[ \t]+(?:come|came|moved|was[ \t]+born|work|speak)|(?:yo[ \t]+)?soy|vengo|nac[i\u00ed]|trabajo|hablo|je[ \t]+suis|j['\u2019][ \t]*suis|je[ \t]+viens|j['\u2019][ \t]*(?:arrive|habite|travaille)|ich[ \t]+(?:bin|komme|stamme|arbeite|spreche)|(?:eu[ \t]+)?sou|venho|nasci|trabalho|falo|(?:io[ \t]+)?sono|lavoro|parlo|jestem|pochodz\u0119|pracuj\u0119|\u044f|ako(?:[ \t]+ay)?|t\u00f4i`;
const ONLY_ONE = String.raw`(?:the[ \t]+)?only[ \t]+one|(?:el|la)[ \t]+[u\u00fa]nic[oa]|[u\u00fa]nic[oa]|(?:le|la)[ \t]+seule?|als[ \t]+einzige[rs]?|(?:der|die)[ \t]+einzige|(?:o|a)[ \t]+[u\u00fa]nic[oa]|l['\u2019][u\u00fa]nic[oa]|(?:il|la)[ \t]+sol[oa]|jedyn(?:y|a)|\u0454\u0434\u0438\u043d(?:\u0438\u0439|\u0430)|\u0435\u0434\u0438\u043d\u0441\u0442\u0432\u0435\u043d\u043d(?:\u044b\u0439|\u0430\u044f)|nag-iisa|duy[ \t]+nh\u1ea5t`;
// What may follow: the clause's end, or where.
const WHERE = String.raw`(?=[ \t]*(?:$|[,.;!?)\n])|[ \t]+(?:here|there|left|on|in|at|of|among|from|aqu[i\u00ed]|ac[a\u00e1]|en|del|de|ici|dans|du|\u00e0|au|sur|hier|im|in|auf|bei|der|aus|unter|aqui|no|na|do|da|em|entre|nel|nella|della|di|qui|tra|fra|tu|tutaj|w|z|na|w\u015br\u00f3d|\u0442\u0443\u0442|\u0432|\u0443|\u043d\u0430|\u0437|\u0441\u0435\u0440\u0435\u0434|sa|dito|\u1edf|trong|t\u1ea1i)(?![\p{L}]))`;
const SPLIT_ONLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:${I_CLAUSE})(?![\p{L}])[^.!?\n]{1,80}?(?:[ \t]*[,;\u2013\u2014-][ \t]*(?:(?:and|y|et|und|e|i|\u0456|\u0442\u0430|at|v\u00e0)[ \t]+)?|[ \t]+(?:and|y|et|und|e|i|\u0456|\u0442\u0430|at|v\u00e0)[ \t]+)(${ONLY_ONE})(?![\p{L}])${WHERE}`,
  'giu',
);
// "ako lang ang …", "ako lamang ang …": only I.
const ONLY_I = lazyPattern(String.raw`(?<![\p{L}])ako[ \t]+la(?:ng|mang)[ \t]+(?:ang|yung)(?=[ \t]+\p{L})`, 'giu');
// A verb after it makes "the only one" the subject of another clause ("the only one who cares is HR").
const VERB =
  /[ \t](?:is|was|are|were|has|es|est\u00e1|era|fue|est|\u00e9tait|ist|war|hat|\u00e9|\u00e8|jest|by\u0142\p{L}{0,2}|\u0454|\u0431\u0443\u0432|\u0431\u0443\u043b\u0430|ay|l\u00e0)(?![\p{L}])/iu;

/** Each phrase in text where the writer, said first, is "the only one" after a comma or an "and". */
export function onlySplitOff(text: string): string[] {
  const found: string[] = [];
  if (
    /only|[u\u00fa]nic|seul|einzig|sol[oa]|jedyn|\u0454\u0434\u0438\u043d|\u0435\u0434\u0438\u043d\u0441\u0442\u0432\u0435\u043d|nag-iisa|duy/iu.test(
      text,
    )
  )
    for (const m of text.matchAll(SPLIT_ONLY.get())) {
      const only = m[1]!;
      const start = m.index + m[0].length - only.length;
      const rest = firstPersonPhrase(text, start, start + only.length) ?? only;
      if (VERB.test(rest)) continue;
      found.push(text.slice(m.index, start) + rest);
    }
  if (/ako/iu.test(text))
    for (const m of text.matchAll(ONLY_I.get()))
      found.push(firstPersonPhrase(text, m.index, m.index + m[0].length) ?? m[0]);
  return found;
}
