import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { isCommonSurname } from './surnames';

/*
 * op56b (2026-12-08 night), from the blind operator attack op54 (over-hiding, O1 to O4): words that are no one's name
 * were stored as [NAME] or [ID], so the sentence lost its sense for the sponsor who reads it:
 * - a modal or auxiliary verb after an owned role or relative in es fr it pt ("mi jefe debe firmar" was stored "mi
 *   jefe [NAME] firmar", "mon chef devrait payer", "il mio capo dovrebbe pagare", "minha esposa deve trabalhar"): the
 *   verbs that take an infinitive or a participle after them (must, can, want, know, use to, have to, will go, try,
 *   refuse …), in the third person of every tense, with or without their accents, written small, right after a
 *   possessive or an article and one or two words (the role), are given back. A name after a role ("mi jefe Andrés
 *   firmó", "mon chef Julien doit signer") is no such verb and stays hidden; a form that is also a given name without
 *   its accent ("ira", "sara") stays hidden.
 * - German "Der Chef weiß Bescheid/alles" ("weiß" is a surname too, and "Der" with its capital was not read as German):
 *   a German word written small right after an article and a capitalised noun (or "Herr/Frau" and one) is the
 *   sentence going on; the capitalised words after it in the same find are given back too unless a list knows them
 *   as a name.
 * - Tagalog verbs after "ako at" ("buntis ako at pinapabuhat pa rin ako"): "at" joins a clause there, and a word
 *   written small with a Tagalog verb's affixes (pina-, pinag-, ipina-, nag-, mag-, naka-, -in-, -um- with the
 *   syllable doubled) is a verb; "ako at si Bong" keeps its name hidden.
 * - "the one" after a locker ("my locker, the one with the red sticker"): "one" after "the/this/that" is a pronoun,
 *   not the locker's number, and is given back unless a number follows it.
 * Letters outside ASCII are \u escapes where a pattern needs them; every pattern is bounded.
 */

type Endings = readonly string[];
// Third person singular and plural of each tense and mood, by conjugation.
const ES_AR: Endings = 'a an aba aban \u00f3 aron ar\u00e1 ar\u00e1n ar\u00eda ar\u00edan e en ara aran ase'.split(' ');
const ES_ER: Endings =
  'e en \u00eda \u00edan i\u00f3 ieron er\u00e1 er\u00e1n er\u00eda er\u00edan a an iera ieran iese'.split(' ');
const ES_IR: Endings =
  'e en \u00eda \u00edan i\u00f3 ieron ir\u00e1 ir\u00e1n ir\u00eda ir\u00edan a an iera ieran iese'.split(' ');
const FR_ER: Endings = 'e ent ait aient era eront erait eraient a \u00e8rent'.split(' ');
const IT_ARE: Endings = 'a ano ava avano er\u00e0 eranno erebbe erebbero \u00f2 arono i ino asse'.split(' ');
const IT_ERE: Endings = 'e ono eva evano er\u00e0 eranno erebbe erebbero \u00e9 ette a ano esse'.split(' ');
const IT_IRE: Endings = 'isce iscono iva ivano ir\u00e0 iranno irebbe irebbero \u00ec irono isca iscano isse'.split(
  ' ',
);
const PT_AR: Endings = 'a am ava avam ar\u00e1 ar\u00e3o aria ariam ou aram e em asse'.split(' ');
const PT_ER: Endings = 'e em ia iam er\u00e1 er\u00e3o eria eriam eu eram a am esse'.split(' ');
const PT_IR: Endings = 'e em ia iam ir\u00e1 ir\u00e3o iria iriam iu iram a am isse'.split(' ');

const regular = (stems: string, endings: Endings) =>
  stems.split(/\s+/).flatMap((stem) => endings.map((ending) => stem + ending));

/** Verbs that take an infinitive, a participle or "que/de/a" after them, conjugated in the third person. */
const FORMS_BY_LANGUAGE: Record<string, string[]> = {
  es: [
    // deber, poder, querer, saber, soler, tener (que), haber, ir (a), and the regular ones.
    ...regular('deb tem com beb', ES_ER),
    ...`puede pueden pod\u00eda pod\u00edan pudo pudieron podr\u00e1 podr\u00e1n podr\u00eda podr\u00edan pueda puedan pudiera pudieran
      quiere quieren quer\u00eda quer\u00edan quiso quisieron querr\u00e1 querr\u00e1n querr\u00eda querr\u00edan quiera quieran quisiera
      sabe saben sab\u00eda sab\u00edan supo supieron sabr\u00e1 sabr\u00e1n sabr\u00eda sabr\u00edan sepa sepan supiera
      suele suelen sol\u00eda sol\u00edan tiene tienen ten\u00eda ten\u00edan tuvo tuvieron tendr\u00e1 tendr\u00e1n tendr\u00eda tendr\u00edan
      tenga tengan tuviera tuvieran ha han hab\u00eda hab\u00edan hubo habr\u00e1 habr\u00e1n habr\u00eda habr\u00edan haya hayan hubiera
      hubieran va van iba iban fue fueron ir\u00e1 ir\u00e1n ir\u00eda ir\u00edan vaya vayan vuelve vuelven empieza empiezan
      piensa piensan prefiere prefieren niega niegan sigue siguen consigue consiguen vino vinieron viene vienen`.split(
      /\s+/,
    ),
    ...regular('necesit intent trat acab dej logr esper amenaz odi ador gust insist\u00ed cost obligu', ES_AR),
    ...regular('volv pretend', ES_ER),
    ...regular('decid', ES_IR),
  ],
  fr: [
    ...`doit doivent devait devaient devra devront devrait devraient dut doive peut peuvent pouvait pouvaient pourra
      pourront pourrait pourraient put puisse puissent veut veulent voulait voulaient voudra voudront voudrait
      voudraient veuille veuillent sait savent savait savaient saura sauront saurait sauraient sache sachent faut
      fallait faudra faudrait faille va vont allait allaient ira iront irait iraient aille aillent a ont avait avaient
      aura auront aurait auraient ait aient est sont \u00e9tait \u00e9taient sera seront serait seraient soit soient
      vient viennent venait venaient viendra viendrait fait font faisait faisaient fera feront ferait feraient
      essaie essaient essaye commen\u00e7ait commen\u00e7aient menace menacent mena\u00e7ait pr\u00e9f\u00e8re pr\u00e9f\u00e8rent
      esp\u00e8re esp\u00e8rent finit finissent finissait refuse`.split(/\s+/),
    ...regular(
      'essay refus continu commenc arr\u00eat d\u00e9cid oubli menac accept tent pr\u00e9f\u00e9r esp\u00e9r pens exig os ador d\u00e9test compt',
      FR_ER,
    ),
  ],
  it: [
    ...`deve devono doveva dovevano dovr\u00e0 dovranno dovrebbe dovrebbero dovette debba debbano dovesse dovessero pu\u00f2
      possono poteva potevano potr\u00e0 potranno potrebbe potrebbero pot\u00e9 possa possano potesse vuole vogliono voleva
      volevano vorr\u00e0 vorranno vorrebbe vorrebbero volle voglia vogliano volesse sa sanno sapeva sapevano sapr\u00e0
      saprebbe seppe sappia suole sogliono soleva solevano ha hanno aveva avevano avr\u00e0 avranno avrebbe avrebbero
      ebbe abbia abbiano avesse \u00e8 sono era erano sar\u00e0 saranno sarebbe sarebbero fu sia siano fosse sta stanno
      stava stavano star\u00e0 starebbe stia va vanno andava andavano andr\u00e0 andrebbe vada fa fanno faceva facevano
      far\u00e0 farebbe fece faccia riesce riescono riusciva riuscir\u00e0 riuscirebbe smette smettono decide decidono`.split(
      /\s+/,
    ),
    ...regular('cerc prov rifiut continu cominci inizi minacci pens sper tent os odi ador evit', IT_ARE),
    ...regular('smett decid pretend', IT_ERE),
    ...regular('prefer fin', IT_IRE),
  ],
  pt: [
    ...regular('dev beb com', PT_ER),
    ...`pode podem podia podiam poder\u00e1 poder\u00e3o poderia poderiam p\u00f4de puderam possa possam pudesse quer querem
      queria queriam querer\u00e1 quereria quis quiseram queira quisesse sabe sabem sabia sabiam saber\u00e1 saberia soube
      saiba tem t\u00eam tinha tinham ter\u00e1 ter\u00e3o teria teriam teve tiveram tenha tivesse h\u00e1 havia haviam haver\u00e1
      haveria houve haja vai v\u00e3o ia iam ir\u00e1 ir\u00e3o iria iriam foi foram v\u00e1 consegue conseguem conseguia
      conseguiu conseguir\u00e1 conseguiria`.split(/\s+/),
    ...regular('precis costum tent recus continu come\u00e7 deix par ame\u00e7 gost ador odi insist evit', PT_AR),
    ...regular('pretend resolv', PT_ER),
    ...regular('decid insist', PT_IR),
  ],
};

// Combining marks by their block, not \p{M}: this runs over every listed word at import, and each literal with a
// property escape is a new pattern looked up in ICU (test/infra/redaction-patterns-on-first-use.test.ts).
const stripAccents = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const FORMS = new Map<string, Set<string>>();
for (const [language, forms] of Object.entries(FORMS_BY_LANGUAGE))
  for (const form of forms.filter(Boolean))
    for (const spelled of [form, stripAccents(form)]) {
      const languages = FORMS.get(spelled) ?? new Set<string>();
      languages.add(language);
      FORMS.set(spelled, languages);
    }

// A possessive or article of the language, then the role or relative (one or two words), then the verb.
const OWNER_BY_LANGUAGE: Record<string, string> = {
  es: 'mi|mis|tu|tus|su|sus|nuestro|nuestra|nuestros|nuestras|el|la|los|las|este|esta|ese|esa',
  fr: 'mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|le|la|les|ce|cet|cette',
  it: 'mio|mia|miei|mie|tuo|tua|suo|sua|nostro|nostra|nostri|nostre|il|lo|la|i|gli|le',
  pt: 'meu|minha|meus|minhas|teu|tua|seu|sua|nosso|nossa|nossos|nossas|o|a|os|as',
};
const AFTER_ROLE = Object.fromEntries(
  Object.entries(OWNER_BY_LANGUAGE).map(([language, owners]) => [
    language,
    lazyPattern(String.raw`(?:^|[^\p{L}'\u2019])(?:${owners})[ \t]+(?:\p{L}{2,20}[ \t]+){1,2}$`, 'iu'),
  ]),
);
// What a modal is followed by: an infinitive, a participle, or the word that joins one.
const INFINITIVE_NEXT = lazyPattern(
  String.raw`^[ \t]+(?:que|qu['\u2019]|de|d['\u2019]|di|a|\u00e0|\p{L}{2,20}(?:ar|er|ir|\u00edr|re|oir|are|ere|ire|ado|ido|ato|uto|ito|\u00e9|arlo|arla|armi|arci|erlo|irlo|rse|rme|rte|rlo|rla|rnos))(?![\p{L}])`,
  'iu',
);

/** The modal or auxiliary verbs of es fr it pt written small right after an owned role, given back. */
function keepModal(read: string, start: number, end: number): boolean {
  const word = read.slice(start, end);
  if (!/^\p{Ll}{2,}$/u.test(word)) return false;
  const languages = FORMS.get(word);
  if (!languages) return false;
  const before = read.slice(Math.max(0, start - 60), start);
  if (![...languages].some((language) => AFTER_ROLE[language]!.get().test(before))) return false;
  // "ira", "sara" (irá, sarà without their accents) are given names too: "mi compañera sara de RRHH" keeps it hidden.
  if (isGivenName(word) && !/[^\p{ASCII}]/u.test(word)) return false;
  return !isGivenName(word) || INFINITIVE_NEXT.get().test(read.slice(end, end + 40));
}

// "Der Chef", "unsere Chefin", "Herr Chef" right before the find (any case of the article).
const GERMAN_ROLE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:der|die|den|dem|des|unser|unsere|unserem|unseren|mein|meine|meinem|meinen|dein|deine|ihr|ihre|sein|seine|euer|eure|herr|frau)[ \t]+\p{Lu}\p{Ll}{2,}[ \t]+$`,
  'iu',
);

/** German: the small word opening the find, and the capitalised words after it no list knows as a name. */
function germanGiveBack(read: string, start: number, end: number): string | undefined {
  const found = read.slice(start, end);
  const m = /^(\p{Ll}{3,})((?:[ \t]+\p{L}+){0,3})$/u.exec(found);
  if (!m || commonWordLanguages(m[1]!)?.has('de') !== true || isGivenName(m[1]!)) return undefined;
  if (!GERMAN_ROLE_BEFORE.get().test(read.slice(Math.max(0, start - 40), start))) return undefined;
  let out = m[1]!;
  let rest = m[2]!;
  for (const w of m[2]!.match(/[ \t]+\p{L}+/gu) ?? []) {
    const word = w.trim();
    const lower = word.toLowerCase();
    if (isGivenName(lower) || isCommonSurname(lower)) break;
    out += w;
    rest = rest.slice(w.length);
  }
  return out + (rest ? mask('NAME', rest.length) : '');
}

// Tagalog verbs: a focus or causative affix, or the -in-/-um- infix with the first syllable said twice.
const TAGALOG_VERB = lazyPattern(
  String.raw`^(?:(?:i?pina(?:g|pa)?|pinag|ipag|nagpa(?:pa)?|nag|mag|magpa|nakaka|nakapag|naka|makaka|maka|napa|pinaka)\p{Ll}{3,}|[bdghklmnprstwy](?:in|um)([aeiou])[bdghklmnprstwy]?\1?\p{Ll}{2,}|(?:um|in)([aeiou])\2?\p{Ll}{3,})$`,
  'u',
);
const AKO_AT_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:ako|kami|tayo)[ \t]+at[ \t]+$`, 'iu');

function keepTagalogVerb(read: string, start: number, end: number): boolean {
  const word = read.slice(start, end);
  return (
    /^\p{Ll}{5,}$/u.test(word) &&
    !isGivenName(word) &&
    AKO_AT_BEFORE.get().test(read.slice(Math.max(0, start - 20), start)) &&
    TAGALOG_VERB.get().test(word)
  );
}

const PRONOUN_ONE_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:the|this|that|which)[ \t]+$`, 'iu');
const NUMBER_AFTER = lazyPattern(String.raw`^(?:[ \t-]+(?:hundred|thousand|\d)|-)`, 'iu');

function keepPronounOne(read: string, start: number, end: number): boolean {
  return (
    /^one$/iu.test(read.slice(start, end)) &&
    PRONOUN_ONE_BEFORE.get().test(read.slice(Math.max(0, start - 12), start)) &&
    !NUMBER_AFTER.get().test(read.slice(end, end + 12))
  );
}

/**
 * `masked` with modal verbs after a role (es fr it pt), German words after a role, Tagalog verbs after "ako at" and
 * "the one" given back from `read`; what was hidden before the rules ran stays hidden.
 */
export function keepModalsAndVerbsAfterRoles(read: string, masked: string, premasked: string): string {
  if (!/[\uE000\uE004]/u.test(masked)) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (MASKED.test(premasked.slice(start, end))) continue;
    if (kind === 'ID') {
      if (keepPronounOne(read, start, end)) out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
      continue;
    }
    if (kind !== 'NAME') continue;
    if (keepModal(read, start, end) || keepTagalogVerb(read, start, end)) {
      out = out.slice(0, start) + read.slice(start, end) + out.slice(end);
      continue;
    }
    const german = germanGiveBack(read, start, end);
    if (german !== undefined) out = out.slice(0, start) + german + out.slice(end);
  }
  return out;
}
