import { isEnglishWord, isNearEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { isShorthandOrContraction } from './redact-names-lower-cued';
import { ALL_STOPWORDS, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import { lookupForm } from './word-forms';

/*
 * op56b (2026-12-08 night), from the blind operator attack op54 (class 8): a surname no list holds, written small after
 * a given name the rules hid right after a role, was stored ("report it to the manager, [NAME] ashworth", "the
 * harasser is our supervisor [NAME] oakley", "hablé con el supervisor [NAME] castañeda", "я сказав бригадиру, [NAME]
 * шевчуку"): op51a's rule hides such a word only where a list knows it or it ends as surnames do. After a role and a
 * hidden given name, a word written small that no language the service reads has (no English word or near one, no
 * everyday word, no shorthand) is that person's surname and is hidden too; in Cyrillic, a surname's ending with its
 * case ("шевчуку", "коваленка"). What the sentence goes on with stays: "the manager, [NAME] said", "el supervisor
 * [NAME] dijo", "[NAME] tbh". Letters outside ASCII are \u escapes; every span is bounded.
 */

const NAME_MARK = mask('NAME', 1);
const ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(\p{L}[\p{L}-]{1,24})[ \t]*,?[ \t]{0,2}${NAME_MARK}{2,40}[ \t]{1,2}(\p{Ll}[\p{Ll}'\u2019-]{3,20})(?![\p{L}\p{N}'\u2019])`,
  'gu',
);
// Ukrainian and Russian surnames' endings, with their cases: "шевчуку", "коваленка", "петренком", "гнатюком".
const CYRILLIC_DECLINED_SURNAME = lazyPattern(
  String.raw`^\p{L}{2,}(?:\u0435\u043d\u043a(?:\u043e|\u0430|\u0443|\u043e\u043c|\u043e\u0432\u0456)|\u0447\u0443\u043a(?:\u0430|\u0443|\u043e\u043c|\u043e\u0432\u0456)?|\u044e\u043a(?:\u0430|\u0443|\u043e\u043c|\u043e\u0432\u0456)?|\u0441\u044c\u043a(?:\u0438\u0439|\u043e\u0433\u043e|\u043e\u043c\u0443|\u0438\u043c)|\u0446\u044c\u043a(?:\u0438\u0439|\u043e\u0433\u043e|\u043e\u043c\u0443|\u0438\u043c))$`,
  'u',
);
// A role in its Slavic cases: "бригадиру", "майстрові", "kierownikowi".
const SLAVIC_ROLE = lazyPattern(
  String.raw`^(?:\u0431\u0440\u0438\u0433\u0430\u0434\u0438\u0440|\u043c\u0430\u0439\u0441\u0442\u0440|\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a|\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440|\u043a\u0435\u0440\u0456\u0432\u043d\u0438\u043a|kierownik|brygadzist|mistrz|szef)\p{L}{0,4}$`,
  'iu',
);

/*
 * Roles of languages the service does not read word by word (Czech, Danish, Estonian, Greek, Hungarian, Latvian …):
 * there a verb written small after a name ("vedoucí [NAME] řekla", "vahetuse juht [NAME] karjub") is no word any list
 * knows, so it would read as the surname; such a role leaves the word after the name as written (the names rules
 * before this one hide what their lists know).
 */
const ROLES_OF_LANGUAGES_NOT_READ = new Set(
  `vedouc\u00ed vedouci mistr majster \u03c0\u03c1\u03bf\u03ca\u03c3\u03c4\u03ac\u03bc\u03b5\u03bd\u03bf\u03c2 \u03c0\u03c1\u03bf\u03ca\u03c3\u03c4\u03b1\u03bc\u03ad\u03bd\u03b7 formand vagtleder skiftleder ploegbaas csoportvezet\u0151 oszt\u00e1lyvezet\u0151 m\u0171szakvezet\u0151 meistars meistras juht encarregat arduraduna poslovo\u0111a poslovodja shefi rheolwr bainisteoir maor maigida \u0219eful seful`.split(
    ' ',
  ),
);

function isRole(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLES_OF_LANGUAGES_NOT_READ.has(lower)) return false;
  return ROLE_CUES.has(lower) || SLAVIC_ROLE.get().test(lower);
}

// A verb's ending in es pt fr it (an accent on the last vowel, an infinitive, an imperfect, a gerund): "mi jefe [NAME]
// firmó", "[NAME] gritaba", "[NAME] trabajando" go on with what the person did.
const VERB_ENDING =
  /(?:[\u00e1\u00e9\u00ed\u00f3\u00fa\u00e0\u00e8\u00ec\u00f2\u00f9\u00e2\u00ea\u00f4]|ar|er|ir|aba|aban|ava|avam|\u00eda|\u00edan|ando|endo|indo|ou|eu|iu|aram|eram|iram|ait|aient|ent)$/u;
// What may follow a surname: the end, a mark, a joining word, or an English verb of the person's ("huddleston yells").
const JOINERS = new Set(
  'and or y e et und i o ou ni from de del da do in en at on who que qui che which twice again'.split(' '),
);

function endsTheName(rest: string): boolean {
  const next = /^[ \t]*(?:$|[.,;:!?)\n]|(\p{L}+))/u.exec(rest);
  if (!next) return false;
  const word = next[1]?.toLowerCase();
  return word === undefined || JOINERS.has(word) || (isEnglishWord(word) && /(?:s|ed)$/u.test(word));
}

function isUnknownSurname(word: string): boolean {
  const lower = word.toLowerCase();
  if (/[\u0400-\u04ff]/u.test(lower)) return CYRILLIC_DECLINED_SURNAME.get().test(lower);
  if (!/^[\p{Script=Latin}'\u2019-]+$/u.test(lower) || VERB_ENDING.test(lower)) return false;
  return !(
    ALL_STOPWORDS.has(lower) ||
    commonWordLanguages(lower) !== undefined ||
    moreEverydayLanguages(lower) !== undefined ||
    lookupForm(lower) !== undefined ||
    isEnglishWord(lower) ||
    isNearEnglishWord(lower) ||
    isShorthandOrContraction(lower)
  );
}

/**
 * Hides a surname no list holds, written small after a role and the given name still hidden after it once the
 * give-backs ran (so a verb given back after a role, "mi jefe debe firmar", is no name and "firmar" no surname).
 */
export function hideSurnamesAfterRoleAndName(read: string, masked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const m of masked.matchAll(ROLE_THEN_NAME.get())) {
    const surname = m[2]!;
    if (!isRole(m[1]!) || !isUnknownSurname(surname)) continue;
    const start = m.index + m[0].length - surname.length;
    if (!endsTheName(read.slice(start + surname.length, start + surname.length + 30))) continue;
    // Only letters the writer wrote: the role and the surname are read from the text, not from a mask.
    if (read.slice(start, start + surname.length) !== surname) continue;
    out = out.slice(0, start) + mask('NAME', surname.length) + out.slice(start + surname.length);
  }
  return out;
}
