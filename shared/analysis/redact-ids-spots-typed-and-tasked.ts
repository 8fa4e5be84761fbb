import { isEnglishWord } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { maskSpotsBeforePeople } from './redact-ids-spots-before-people';
import { MARKER, NUMBER, PERSON, PLACE, hasPlaceThenNumber, maskSpotsPeopleHold } from './redact-ids-spots-people-hold';
import type { Rule } from './redact-rule';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { deedFollows } from './verb-after-subject';

/*
 * red40 (left by spot39): the number of a post one person holds, where the readings of sp37 and spot39 missed it:
 * - a typo of the post or of the person ("the cashier at chekout 3", "the cahsier on till 2", "teh nures at bed 5"):
 *   a word one letter short of, or with two letters swapped from, an English post or people word (and no English word
 *   itself: "water" is no "waiter") is read as that word, and the held-spot readings run on the text so read; what
 *   they hide is hidden in the text as written;
 * - a job between the person and the post ("the woman who cleans room 214", "the girl who does nails at station 6",
 *   "el que limpia la sala 3", "la femme qui nettoie la chambre 12", "o cara que opera a máquina 3", "il tizio che
 *   pulisce la stanza 5"), in ten languages: what a person does there every day, not a deed done once to a thing
 *   ("the guy who fixed pump 7", "the electrician who repairs press 4" keep their number); a room, hall or office is
 *   a post to whoever cleans it ("sala", "salle", "office");
 * - "the security at gate 7" where what follows is said of a person ("is drunk again", "let his friends in"): security
 *   is the guards, or how safe the gate is ("the security at gate 7 is weak" keeps its number).
 * The same post said of no one keeps its number ("who cleans room 5 this week?", "la sala 3 está sucia").
 */

// English posts and people words the typos are read against (five letters or more: a shorter word has too many
// look-alikes), and "teh".
const TYPED_WORDS = `checkout register counter station locker cubicle booth window cabin trailer table chair bench
  gate door desk pump cashier checker clerk teller nurse carer waiter waitress server guard driver operator worker
  colleague coworker attendant cleaner picker packer loader bartender receptionist dealer stylist`.split(/\s+/);

/** Every spelling one letter short of a word (not its first), or with two neighbours swapped, that is no word itself. */
function typosOf(words: readonly string[]): Map<string, string> {
  const typos = new Map<string, string>();
  const add = (typo: string, word: string) => {
    if (typo !== word && !words.includes(typo) && !isEnglishWord(typo) && !typos.has(typo)) typos.set(typo, word);
  };
  for (const word of words) {
    if (word.length < 5) continue;
    for (let i = 0; i + 1 < word.length; i++) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    if (word.length >= 6) for (let i = 1; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  typos.set('teh', 'the');
  return typos;
}
let typos: Map<string, string> | undefined;
const WORD = lazyPattern(String.raw`\p{L}+`, 'gu');

/** The text with typos read as their words, and for each of its characters the index of the character written. */
function readTypos(text: string): { read: string; at: number[] } | undefined {
  typos ??= typosOf(TYPED_WORDS);
  let read = '';
  const at: number[] = [];
  let last = 0;
  let found = false;
  for (const m of text.matchAll(WORD.get())) {
    const word = typos.get(m[0].toLowerCase());
    if (word === undefined) continue;
    found = true;
    for (let i = last; i < m.index; i++) at.push(i);
    read += text.slice(last, m.index) + word;
    for (let i = 0; i < word.length; i++) at.push(m.index + Math.min(i, m[0].length - 1));
    last = m.index + m[0].length;
  }
  if (!found) return undefined;
  for (let i = last; i < text.length; i++) at.push(i);
  return { read: read + text.slice(last), at };
}

/** The held-spot readings on the text with its typos read as words; what they hide, hidden as written. */
function maskTypedSpots(text: string): string {
  if (!/\d/.test(text)) return text;
  const typed = readTypos(text);
  if (!typed || !hasPlaceThenNumber(typed.read)) return text;
  const found = maskSpotsBeforePeople(maskSpotsPeopleHold(typed.read));
  if (found === typed.read) return text;
  let out = text;
  for (const { start, end, kind } of maskedSpans(found)) {
    if (MASKED.test(typed.read[start]!)) continue;
    const from = typed.at[start]!;
    const to = typed.at[end - 1]! + 1;
    out = out.slice(0, from) + mask(kind, to - from) + out.slice(to);
  }
  return out;
}

// What a person does at a post every day, in the ten languages.
const TASK = String.raw`(?:cleans|cleaning|mops|mopping|does|doing|handles|handling|operates|operating|runs|running|mans|manning|covers|covering|serves|serving|staffs|tends|stocks|stocking|looks[ \t]+after|takes[ \t]+care[ \t]+of|limpia|limpiaba|barre|friega|atiende|maneja|opera|lleva|cubre|cuida|hace|limpa|varre|atende|faz|cobre|nettoie|fait|tient|g\u00e8re|s['\u2019]occupe[ \t]+(?:de|du|des)|op\u00e8re|sert|pulisce|gestisce|segue|si[ \t]+occupa[ \t]+(?:di|del|della|dello)|serve|copre|putzt|macht|bedient|betreut|reinigt|sprz\u0105ta|obs\u0142uguje|prowadzi|\u043f\u0440\u0438\u0431\u0438\u0440\u0430\u0454|\u043e\u0431\u0441\u043b\u0443\u0433\u043e\u0432\u0443\u0454|netwaye|f\u00e8|okipe|naglilinis|nagbabantay|humahawak)`;
const RELATIVE = String.raw`(?:who|that|que|qui|che|der|die|kt\u00f3r[ya]|\u044f\u043a\u0438\u0439|\u044f\u043a\u0430|ki|na)`;
const ARTICLE_PERSON = String.raw`(?:el|la|lo|o|a|celui|celle|quello|quella|aquel|aquella)(?=[ \t]+(?:que|qui|che)(?![\p{L}]))`;
const PREP = String.raw`(?:at|on|in|of|en|de|del|al|a|\u00e0|au|dans|da|do|na|no|alla|allo|an|am|im|bei|w|przy|\u043d\u0430|\u0432|\u0443|nan|sa)`;
const ARTICLE = String.raw`(?:the|la|el|le|il|lo|l['\u2019]|o|a|die|der|den|das|dem|ang)`;
// Rooms, halls and offices: a post to whoever cleans or runs them.
const ROOMS = String.raw`(?:sala|salle|saal|aula|bathroom|restroom|toilets?|office|oficina|escrit\u00f3rio|bureau|ufficio|b\u00fcro|biuro|habitacion|\u043a\u0456\u043c\u043d\u0430\u0442\u0443|\u0437\u0430\u043b)`;
const OBJECT = String.raw`(?![ \t]+(?:${PREP}|${ARTICLE}|to|into|from|for|past|toward|towards|and|or|but)(?![\p{L}]))[ \t]+\p{L}{2,}`;
const TASKED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(${PERSON}|${ARTICLE_PERSON})(?:[ \t]*,)?(?:[ \t]+${RELATIVE})?(?:[ \t]+(?:usually|always|normally|siempre|toujours|sempre|immer|zawsze))?[ \t]+${TASK}(?:${OBJECT}){0,2}(?:[ \t]+${PREP})?(?:[ \t]+${ARTICLE})?[ \t]+(?:[ld]['\u2019])?(?:${PLACE}|${ROOMS})[ \t]*${MARKER}${NUMBER}`,
  'giu',
);
const ROOM_THEN_NUMBER = lazyPattern(String.raw`(?<![\p{L}])${ROOMS}[ \t]*${MARKER}\d`, 'iu');
const ASKING = /^(?:who|que|qui|chi|quem|wer|quien|qui\u00e9n|kto|\u0445\u0442\u043e|ki)$/iu;

// "the security at gate 7" before what is said of a person.
const SECURITY = lazyPattern(
  String.raw`(?<![\p{L}])(?:security|seguridad|s\u00e9curit\u00e9|seguran\u00e7a|sicurezza|ochrona|\u043e\u0445\u043e\u0440\u043e\u043d\u0430|sekirite|sekyu)[ \t]+${PREP}(?:[ \t]+${ARTICLE})?[ \t]+(?:[ld]['\u2019])?${PLACE}[ \t]*${MARKER}${NUMBER}`,
  'giu',
);
const PERSON_STATE = lazyPattern(
  String.raw`^[ \t]*(?:,[ \t]*)?(?:(?:is|was|'s|\u2019s|were|got|gets|keeps|seems|looks|est\u00e1|estaba|es|est|\u00e9tait|\u00e8|era|ist|war|jest|by\u0142|by\u0142a|\u0431\u0443\u0432|\u0454|te|ap)[ \t]+)?(?:(?:so|very|really|always|again|totally|muy|siempre|tr\u00e8s|toujours|molto|sempre|sehr|immer|bardzo|zawsze)[ \t]+)?(?:drunk|asleep|sleeping|high|stoned|wasted|hammered|rude|creepy|a[ \t]+creep|a[ \t]+jerk|flirting|yelling|screaming|harassing|stealing|racist|borrach[oa]|dormid[oa]|durmiendo|groser[oa]|b\u00eabad[oa]|dormindo|ivre|saoul|endormie?|ubriac[oa]|addormentat[oa]|betrunken|schl\u00e4ft|pijan[ya]|\u015bpi|\u043f['\u2019]\u044f\u043d\u0438\u0439|\u0441\u043f\u0438\u0442\u044c|sou|lasing|tulog)(?![\p{L}])`,
  'iu',
);

function hideNumber(out: string, m: RegExpMatchArray, number: string): string {
  const start = m.index! + m[0].lastIndexOf(number);
  if (MASKED.test(out.slice(start, start + number.length))) return out;
  return out.slice(0, start) + mask('ID', number.length) + out.slice(start + number.length);
}

/** Masks the number of a post one person holds, typed wrong, done as a job, or guarded (see above). */
export const maskSpotsTypedAndTasked: Rule = (text) => {
  if (!/\d/.test(text)) return text;
  let out = maskTypedSpots(text);
  const places = hasPlaceThenNumber(out) || ROOM_THEN_NUMBER.get().test(out);
  if (!places) return out;
  for (const m of out.matchAll(TASKED.get())) {
    const person = m[1]!;
    const before = out.slice(0, m.index);
    // "who cleans room 5 this week?": a question, of no one.
    if (ASKING.test(person) && /(?:^|[.!?\n][ \t]*)$/u.test(before)) continue;
    out = hideNumber(out, m, m[m.length - 1]!);
  }
  for (const m of out.matchAll(SECURITY.get())) {
    const after = out.slice(m.index + m[0].length);
    if (PERSON_STATE.get().test(after) || deedFollows(after)) out = hideNumber(out, m, m[m.length - 1]!);
  }
  return out;
};
