import { lazyPattern } from './lazy-pattern';

/*
 * "The only …" where the language puts "only" after the person (red43b, from op42): Vietnamese "tôi là người Việt
 * duy nhất ở đó", "chị ấy là phụ nữ duy nhất trong ca đêm"; Arabic "أنا العامل الوحيد المسلم في الوردية الليلية", "هي
 * المرأة الوحيدة في قسم الصيانة". The cue readers of self-descriptions.ts look for a person after the cue; here the
 * person comes first. A person word, up to three describing words, "duy nhất" or "الوحيد/الوحيدة", then the place or
 * group that goes on describing them, up to six words or the clause's end. Not a thing: "cái lò vi sóng duy nhất bị
 * hỏng", "cách duy nhất", "الحل الوحيد", "الميكروويف الوحيد" (no person word before the cue). Vietnamese "người"
 * alone ("người duy nhất", the only person) is named only when the writer says it of themselves ("tôi là người duy
 * nhất …"), as "the only person who cares" is not named in English.
 *
 * Letters outside ASCII are \u escapes, as in the other self-descriptions files (test/infra/bundles.test.ts).
 */

const VI_PERSON = `c\u00f4ng nh\u00e2n|nh\u00e2n vi\u00ean|ph\u1ee5 n\u1eef|\u0111\u00e0n \u00f4ng|\u0111\u00e0n b\u00e0|con g\u00e1i|c\u00f4 g\u00e1i|ch\u00e0ng trai|th\u1ee3|t\u00e0i x\u1ebf|y t\u00e1|b\u1ea3o v\u1ec7|k\u1ef9 s\u01b0|k\u0129 s\u01b0|lao \u0111\u1ed9ng|qu\u1ea3n l\u00fd|gi\u00e1m s\u00e1t|th\u1ef1c t\u1eadp sinh|\u0111\u1ea7u b\u1ebfp|ng\u01b0\u1eddi`;
const VI_SELF = `t\u00f4i|em|m\u00ecnh|tao|tui`;
const VI_ONLY = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(?:(${VI_SELF})[ \t]+l\u00e0[ \t]+)?(${VI_PERSON})((?:[ \t]+[\p{L}\p{M}]+){0,3}?)[ \t]+duy[ \t]+nh\u1ea5t(?![\p{L}\p{M}])((?:[ \t]+[\p{L}\p{M}\p{N}]+){0,6})`,
  'giu',
);

const AR_PERSON = String.raw`\u0627\u0644\u0639\u0627\u0645\u0644|\u0627\u0644\u0639\u0627\u0645\u0644\u0629|\u0627\u0644\u0645\u0648\u0638\u0641|\u0627\u0644\u0645\u0648\u0638\u0641\u0629|\u0627\u0644\u0645\u0631\u0623\u0629|\u0627\u0644\u0627\u0645\u0631\u0623\u0629|\u0627\u0644\u0631\u062c\u0644|\u0627\u0644\u0633\u0627\u0626\u0642|\u0627\u0644\u0633\u0627\u0626\u0642\u0629|\u0627\u0644\u0645\u0645\u0631\u0636|\u0627\u0644\u0645\u0645\u0631\u0636\u0629|\u0627\u0644\u0641\u0646\u064a|\u0627\u0644\u0641\u0646\u064a\u0629|\u0627\u0644\u0645\u0647\u0646\u062f\u0633|\u0627\u0644\u0645\u0647\u0646\u062f\u0633\u0629|\u0627\u0644\u062d\u0627\u0631\u0633|\u0627\u0644\u062d\u0627\u0631\u0633\u0629|\u0627\u0644\u0637\u0628\u0627\u062e|\u0627\u0644\u0637\u0628\u0627\u062e\u0629|\u0627\u0644\u0645\u0634\u0631\u0641|\u0627\u0644\u0645\u0634\u0631\u0641\u0629|\u0627\u0644\u0634\u0627\u0628|\u0627\u0644\u0634\u0627\u0628\u0629|\u0627\u0644\u0641\u062a\u0627\u0629|\u0627\u0644\u0628\u0646\u062a|\u0627\u0644\u0623\u062c\u0646\u0628\u064a|\u0627\u0644\u0623\u062c\u0646\u0628\u064a\u0629|\u0627\u0644\u0627\u062c\u0646\u0628\u064a|\u0627\u0644\u0627\u062c\u0646\u0628\u064a\u0629|\u0627\u0644\u0645\u0633\u0644\u0645|\u0627\u0644\u0645\u0633\u0644\u0645\u0629|\u0627\u0644\u0645\u0633\u064a\u062d\u064a|\u0627\u0644\u0645\u0633\u064a\u062d\u064a\u0629|\u0627\u0644\u0639\u0631\u0628\u064a|\u0627\u0644\u0639\u0631\u0628\u064a\u0629|\u0627\u0644\u0623\u0633\u0648\u062f|\u0627\u0644\u0633\u0648\u062f\u0627\u0621|\u0627\u0644\u0645\u062d\u062c\u0628\u0629|\u0627\u0644\u0623\u0635\u0645|\u0627\u0644\u0635\u0645\u0627\u0621|\u0627\u0644\u0645\u062a\u062f\u0631\u0628|\u0627\u0644\u0645\u062a\u062f\u0631\u0628\u0629|\u0627\u0644\u0641\u0644\u0628\u064a\u0646\u064a|\u0627\u0644\u0641\u0644\u0628\u064a\u0646\u064a\u0629|\u0627\u0644\u0645\u0635\u0631\u064a|\u0627\u0644\u0645\u0635\u0631\u064a\u0629|\u0627\u0644\u0633\u0648\u0631\u064a|\u0627\u0644\u0633\u0648\u0631\u064a\u0629|\u0627\u0644\u0645\u063a\u0631\u0628\u064a|\u0627\u0644\u0645\u063a\u0631\u0628\u064a\u0629|\u0627\u0644\u0647\u0646\u062f\u064a|\u0627\u0644\u0647\u0646\u062f\u064a\u0629|\u0627\u0644\u0628\u0627\u0643\u0633\u062a\u0627\u0646\u064a|\u0627\u0644\u0628\u0627\u0643\u0633\u062a\u0627\u0646\u064a\u0629|\u0627\u0644\u0633\u0648\u062f\u0627\u0646\u064a|\u0627\u0644\u0633\u0648\u062f\u0627\u0646\u064a\u0629|\u0627\u0644\u0623\u0641\u0631\u064a\u0642\u064a|\u0627\u0644\u0623\u0641\u0631\u064a\u0642\u064a\u0629|\u0627\u0644\u0625\u062b\u064a\u0648\u0628\u064a|\u0627\u0644\u0625\u062b\u064a\u0648\u0628\u064a\u0629|\u0627\u0644\u064a\u0645\u0646\u064a|\u0627\u0644\u064a\u0645\u0646\u064a\u0629|\u0627\u0644\u0623\u0631\u062f\u0646\u064a|\u0627\u0644\u0623\u0631\u062f\u0646\u064a\u0629|\u0627\u0644\u0644\u0628\u0646\u0627\u0646\u064a|\u0627\u0644\u0644\u0628\u0646\u0627\u0646\u064a\u0629|\u0627\u0644\u0639\u0631\u0627\u0642\u064a|\u0627\u0644\u0639\u0631\u0627\u0642\u064a\u0629|\u0627\u0644\u0641\u0644\u0633\u0637\u064a\u0646\u064a|\u0627\u0644\u0641\u0644\u0633\u0637\u064a\u0646\u064a\u0629|\u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a|\u0627\u0644\u0623\u0645\u0631\u064a\u0643\u064a\u0629|\u0627\u0644\u0635\u064a\u0646\u064a|\u0627\u0644\u0635\u064a\u0646\u064a\u0629|\u0627\u0644\u0643\u0631\u062f\u064a|\u0627\u0644\u0643\u0631\u062f\u064a\u0629|\u0627\u0644\u062a\u0631\u0643\u064a|\u0627\u0644\u062a\u0631\u0643\u064a\u0629|\u0627\u0644\u0623\u0648\u0643\u0631\u0627\u0646\u064a|\u0627\u0644\u0623\u0648\u0643\u0631\u0627\u0646\u064a\u0629|\u0627\u0644\u0628\u0646\u063a\u0627\u0644\u064a|\u0627\u0644\u0646\u064a\u0628\u0627\u0644\u064a|\u0627\u0644\u0635\u0648\u0645\u0627\u0644\u064a|\u0627\u0644\u0635\u0648\u0645\u0627\u0644\u064a\u0629`;
const AR_ONLY = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(?:(\u0623\u0646\u0627|\u0627\u0646\u0627)[ \t]+)?(${AR_PERSON})((?:[ \t]+[\p{L}\p{M}]+){0,2}?)[ \t]+(?:\u0627\u0644)?\u0648\u062d\u064a\u062f(?:\u0629|\u0647)?(?![\p{L}\p{M}])((?:[ \t]+[\p{L}\p{M}\p{N}]+){0,6})`,
  'gu',
);
// "أنا الوحيد الذي …", "أنا الوحيدة في …": the writer as the only one, whatever follows.
const AR_SELF_ONLY = lazyPattern(
  String.raw`(?<![\p{L}\p{M}])(?:\u0623\u0646\u0627|\u0627\u0646\u0627)[ \t]+(?:\u0627\u0644)?\u0648\u062d\u064a\u062f(?:\u0629|\u0647)?(?![\p{L}\p{M}])((?:[ \t]+[\p{L}\p{M}\p{N}]+){1,6})`,
  'gu',
);

// Where the clause ends inside what follows: a joining word that opens another ("và", "nhưng", "و" as a word).
const VI_ENDS = /[ \t](?:v\u00e0|nh\u01b0ng|v\u00ec|n\u00ean|m\u00e0|c\u00f2n|th\u00ec)(?=[ \t]|$)/iu;
const AR_ENDS =
  /[ \t](?:\u0648|\u0644\u0643\u0646|\u0644\u0623\u0646|\u0648\u0644\u0643\u0646|\u0628\u0633|\u062b\u0645)(?=[ \t]|$)/u;

function clause(text: string, end: RegExp): string {
  const stop = text.search(end);
  return stop < 0 ? text : text.slice(0, stop);
}

/** Each "only" phrase where only comes after the person (Vietnamese, Arabic), as written. */
export function onlyAfterPerson(text: string): string[] {
  const found: string[] = [];
  if (/duy[ \t]+nh/iu.test(text))
    for (const m of text.matchAll(VI_ONLY.get())) {
      // "người duy nhất" with nothing between: the only person, named only when the writer says it of themselves.
      if (/^ng\u01b0\u1eddi$/iu.test(m[2]!) && !m[3] && !m[1]) continue;
      const rest = clause(m[4]!, VI_ENDS);
      found.push(m[0].slice(0, m[0].length - m[4]!.length) + rest);
    }
  if (/\u0648\u062d\u064a\u062f/u.test(text)) {
    for (const m of text.matchAll(AR_ONLY.get()))
      found.push(m[0].slice(0, m[0].length - m[4]!.length) + clause(m[4]!, AR_ENDS));
    for (const m of text.matchAll(AR_SELF_ONLY.get()))
      if (!found.some((f) => f.includes(m[0]) || m[0].includes(f)))
        found.push(m[0].slice(0, m[0].length - m[1]!.length) + clause(m[1]!, AR_ENDS));
  }
  return found;
}
