import { BORN_BEFORE_NAME } from './own-days-op51b';
import { MASKED, maskedSpans } from './redaction-kinds';

/*
 * op51b (2026-12-07 night), from the blind operator attack op49 and what op50a left: a birth told with the child's name
 * first ("Nació Maria el 30/10", "Nasceu a Ana", "È nato Marco") was hidden as one name with its verb ("[NAME] el
 * 30/10"), so the sentence lost its sense and the preview could not see the birth to name it. The verb (and its
 * article) is given back; the name after it stays hidden.
 */

/** `masked` with a birth's verb given back from the start of a name hidden with it; what was hidden before stays. */
export function keepBirthVerbBeforeName(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000') || !/naci|nasce|nat[oaie]|urodzi|\u043d\u0430\u0440\u043e\u0434\u0438/iu.test(read))
    return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const verb = BORN_BEFORE_NAME.get().exec(read.slice(start, end));
    // Only where a name is left after the verb: a verb hidden alone is keepBirthVerbs' (op50a).
    if (verb && verb[0].length < end - start) out = out.slice(0, start) + verb[0] + out.slice(start + verb[0].length);
  }
  return out;
}
