/*
 * More ways of telling a day one person's file holds (op51b, 2026-12-07 night, from the blind attack op49's classes 5
 * to 7 and what op50a left), read by own-days-of-the-writer.ts beside its own cues, op48a's and op50a's:
 * - a leave's two days in words with no month, in ordinals or cardinals ("dal terzo al quattordicesimo", "from the
 *   third through the tenth", "del cinco al doce", "vom fünften bis zum zwölften", "từ ngày mười đến ngày mười bốn");
 * - a Vietnamese day in words before its month ("ngày mười bốn tháng mười một", "hôm hai mươi tháng mười");
 * - a birth told with the child's name first ("Nació Maria el 30/10", "Nasceu a Ana", "È nato Marco il 2/11"), on the
 *   text as written and once the name is hidden ("Nació [NAME] el [ID]");
 * - and what only looks like a birth or an injury: an idea "given birth to" ("ho partorito un'idea", "dio a luz un
 *   plan"), hurt feelings or pride ("my feelings got hurt", "ferito nell'orgoglio"): no day of anyone's file.
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 * Every span is bounded, and each pattern runs on one sentence at a time.
 */
import { lazyPattern } from './lazy-pattern';
import { DAY_IN_WORDS } from './own-days-said-more';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

/** Italian ordinals of a month's days ("primo" … "trentunesimo"); "secondo" only in a range, where it is a day. */
const IT_ORDINAL = String.raw`(?:primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo|(?:undic|dodic|tredic|quattordic|quindic|sedic|diciassett|diciott|diciannov|vent|ventun|ventidu|ventitre|ventiquattr|venticinqu|ventisei|ventisett|ventott|ventinov|trent|trentun)esimo)`;

/** A Vietnamese day of the month in words: "mười bốn", "hai mươi mốt", "mùng ba". */
const VI_UNIT = String.raw`(?:m\u1ed9t|hai|ba|b\u1ed1n|n\u0103m|s\u00e1u|b\u1ea3y|t\u00e1m|ch\u00edn)`;
const VI_DAY = String.raw`(?:m\u01b0\u1eddi(?:[ \t]+(?:m\u1ed9t|hai|ba|b\u1ed1n|l\u0103m|n\u0103m|s\u00e1u|b\u1ea3y|t\u00e1m|ch\u00edn))?|hai[ \t]+m\u01b0\u01a1i(?:[ \t]+(?:m\u1ed1t|hai|ba|b\u1ed1n|t\u01b0|l\u0103m|s\u00e1u|b\u1ea3y|t\u00e1m|ch\u00edn))?|ba[ \t]+m\u01b0\u01a1i(?:[ \t]+m\u1ed1t)?|${VI_UNIT})`;
const VI_MONTH = String.raw`(?:gi\u00eang|ch\u1ea1p|m\u01b0\u1eddi(?:[ \t]+(?:m\u1ed9t|hai))?|m\u1ed9t|hai|ba|t\u01b0|b\u1ed1n|n\u0103m|s\u00e1u|b\u1ea3y|t\u00e1m|ch\u00edn|(?:1[0-2]|0?[1-9]))`;
// "ngày mười bốn tháng mười một", "hôm mùng ba tháng hai": groups 1 the day, 2 the date less its year.
const VI_DATE_SOURCE = String.raw`${B}(?:ng\u00e0y|h\u00f4m|b\u1eefa)[ \t]+(?:(?:m\u00f9ng|m\u1ed3ng)[ \t]+)?((${VI_DAY})[ \t]+th\u00e1ng[ \t]+${VI_MONTH})${E}`;
const VI_DATE = lazyPattern(VI_DATE_SOURCE, 'giud');

/** A day in words that may end a range with no month after it. */
// French days the shared list lacks; a day another rule hid already ("from the [ID] to the ninth").
const FR_MORE = String.raw`(?:sept|onze|douze|treize|quatorze|quinze)`;
const WORD_DAY = String.raw`(?:${DAY_IN_WORDS}|${IT_ORDINAL}|${FR_MORE}|\[ID\]|\uE004+|(?:(?:ng\u00e0y|m\u00f9ng|m\u1ed3ng)[ \t]+)?${VI_DAY})`;
const FROM = String.raw`(?:from|between|del|desde|du|dal|da|vom|von|od|\u0437|\u0432\u0456\u0434|t\u1eeb|do[ \t]+dia)`;
const TO = String.raw`(?:to|till|until|through|thru|and|al|hasta|au|bis(?:[ \t]+zum)?|ao|at\u00e9|do|\u043f\u043e|\u0434\u043e|\u0111\u1ebfn|t\u1edbi)`;
const FILLER = String.raw`(?:(?:the|el|le|il|dia|d\u00eda|giorno)[ \t]+)?`;
// In a leave, two days in words with no month: groups 1 and 2 the days.
const WORD_RANGE_SOURCE = String.raw`${B}${FROM}[ \t]+${FILLER}(${WORD_DAY})[ \t]+${TO}[ \t]+${FILLER}(${WORD_DAY})${E}(?![ \t]+(?:turno|shift|floor|piano|livello|level|week|semana|settimana|semaine|woche)${E})`;
const WORD_RANGE = lazyPattern(WORD_RANGE_SOURCE, 'giud');

// The same, asked only whether one is there (a global pattern's test would go on from its last match).
const VI_DATE_ONE = lazyPattern(VI_DATE_SOURCE, 'iu');
const WORD_RANGE_ONE = lazyPattern(WORD_RANGE_SOURCE, 'iu');

/** Whether a sentence may hold a day these read, with no figure in it. */
export const mayHoldDayOp51b = (text: string): boolean =>
  (/th\u00e1ng/iu.test(text) && VI_DATE_ONE.get().test(text)) || WORD_RANGE_ONE.get().test(text);

interface Spans {
  date: { start: number; end: number };
  day: { start: number; end: number };
  whole: { start: number; end: number };
}

/** The days above in sentence `s`: Vietnamese dates in words always, two days in words where `kind` is a leave. */
export function datesOp51b(s: string, kind: string): Spans[] {
  const found: Spans[] = [];
  const span = (start: number, text: string) => ({ start, end: start + text.length });
  if (/th\u00e1ng/iu.test(s))
    for (const m of s.matchAll(VI_DATE.get())) {
      const at = m.indices!;
      const date = { start: at[1]![0], end: at[1]![1] };
      found.push({ date, day: { start: at[2]![0], end: at[2]![1] }, whole: date });
    }
  if (kind === 'leave')
    for (const m of s.matchAll(WORD_RANGE.get())) {
      const at = m.indices!;
      for (const g of [1, 2]) {
        const day = span(at[g]![0], m[g]!);
        found.push({ date: day, day, whole: day });
      }
    }
  return found;
}

// The child's name first, then the day: "Nació Maria el 30/10", "Nasceu a Ana no dia 30/10", "È nato Marco il 2/11",
// "Urodziła się Zosia 30.10", "Народилася Марія 30.10", read also once the name is hidden ("Nació [NAME] el [ID]").
const A_NAME = String.raw`(?:\[NAME\]|\uE000+|\p{Lu}\p{Ll}{1,14}(?:[ \t]+\p{Lu}\p{Ll}{1,14})?)`;
const BORN = String.raw`(?:naci(?:[\u00f3o]|eron)|nasceu|nasceram|(?:\u00e8|e['\u2019]|sono)[ \t]+nat[oaie]|urodzi\p{L}{1,3}[ \t]+si[\u0119e]|\u043d\u0430\u0440\u043e\u0434\u0438(?:\u0432\u0441\u044f|\u043b\u0430\u0441\u044f|\u043b\u0430\u0441\u044c|\u043b\u0438\u0441\u044f))`;
// The verb, then a name: its capital is read on the text as written ("Nació una nueva idea" is no birth).
const BIRTH_NAMED = lazyPattern(
  String.raw`${B}${BORN}[ \t]+(?:(?:a|o|el|la|il|mi|mia|mio|nostr[oa]|nuestr[oa]|m\u00f3j|moja|nasz\p{L}{0,2})[ \t]+)?(${A_NAME})(?![\p{L}])(?=[ \t]*,?[ \t]+(?:el|il|no|em|na|am|dia|d\u00eda|giorno|\d|\[ID\]|\uE004))`,
  'giu',
);

const CAPITAL_OR_HIDDEN = lazyPattern(String.raw`^(?:\[|\uE000|\p{Lu})`, 'u');

/** Whether sentence `s` tells a child's birth with the child's name first. */
export function birthNamedOp51b(s: string): boolean {
  if (!/naci|nasce|nat[oaie]|urodzi|\u043d\u0430\u0440\u043e\u0434\u0438/iu.test(s)) return false;
  for (const m of s.matchAll(BIRTH_NAMED.get())) if (CAPITAL_OR_HIDDEN.get().test(m[1]!)) return true;
  return false;
}

/** The verb opening a "Nació Maria" the names rules took whole, given back. */
export const BORN_BEFORE_NAME = lazyPattern(String.raw`^(?:${BORN})[ \t]+(?:(?:a|o|el|la|il)[ \t]+)?`, 'iu');

// What only looks like a birth or an injury: an idea or a rule "given birth to", hurt feelings or pride.
const FIGURATIVE = lazyPattern(
  String.raw`${B}(?:(?:partorit\p{L}{0,2}|partor\u00ec|pari\u00f3|dio[ \t]+a[ \t]+luz|deu[ \t]+[\u00e0a][ \t]+luz|pariu|gave[ \t]+birth[ \t]+to|birthed|accouch\u00e9[ \t]+d['\u2019])[ \t]*(?:(?:un['\u2019]?|una|uno|um|uma|une?|an?|l['\u2019]|la|el|o|a|the|this|that|quest\p{L}{0,2}|another|otr[oa]|altr[oa]|un['\u2019][ \t]*altr[oa]|nuev[oa]|nuov[oa]|new)[ \t]*){1,3}(?:idea|idee|ideia|id\u00e9e|plan|plano|piano|progetto|proyecto|projeto|project|regola|regla|regra|rule|policy|norma|sistema|system|proposta|propuesta|proposal|orario|horario|schedule|soluzione|soluci\u00f3n|solution|riforma|reforma|circolare|memo|assurdit\u00e0|follia|monstruo|mostro|monster)|(?:feelings|pride|ego|heart|sentimientos|orgullo|sentimenti|orgoglio|sentiments|fiert\u00e9|Gef\u00fchle|Stolz|sentimentos|orgulho|uczucia|dum?damin|loob)[ \t]+(?:got|were|was|are|is|been|fueron|sono|stati|ont|wurden|foram|zosta\u0142y)?[ \t]*(?:hurt|bruised|heridos?|feriti|ferito|bless\u00e9s|verletzt|feridos|zranione)|(?:hurt|bruised|wounded)[ \t]+(?:my|our)[ \t]+(?:feelings|pride|ego)|ferit[oa][ \t]+nell['\u2019][ \t]*orgoglio|herid[oa][ \t]+en[ \t]+(?:mi|el)[ \t]+orgullo|bless\u00e9e?[ \t]+dans[ \t]+(?:mon|ma)[ \t]+(?:orgueil|fiert\u00e9))${E}`,
  'giu',
);

/** `s` with its figures of speech above blanked, each letter a space, so a birth or injury is read from the rest. */
export const withoutFiguresOfSpeech = (s: string): string =>
  /partor|pari|luz|birth|feeling|pride|ego|heart|sentim|orgo|orgu|fiert|Gef\u00fchl|Stolz|uczuc|damdamin|loob/iu.test(s)
    ? s.replace(FIGURATIVE.get(), (m) => ' '.repeat(m.length))
    : s;

// A leave said with no subject, opening a sentence or a clause ("Signed off from the fifth until the twelfth"), as
// op48a reads "Slipped on ice"; "signed off the rota" is a sign-off, no leave.
const LEAVE_UNSAID_SUBJECT = lazyPattern(
  String.raw`(?:^[ \t]*|[,;:(][ \t]*|${B}(?:and|but|then|so|just|got)[ \t]+)signed[ \t]+off(?![ \t]+(?:on|the|by|a|an|this|that|it|my|his|her|their|our)${E})${E}`,
  'iu',
);

/** Whether sentence `s` tells a leave with no subject. */
export const leaveOp51b = (s: string): boolean => /signed/iu.test(s) && LEAVE_UNSAID_SUBJECT.get().test(s);
