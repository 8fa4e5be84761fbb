/*
 * A post only one person holds points to them without "only": "the head chef at the Riverside site", "the payroll
 * manager at Site 2", "der Betriebsratsvorsitzende aus dem Werk Süd", "la jefa de planta de Monterrey", "the hospital
 * chaplain", "the pastry station chef (there's just one)". Blind attack on the preview's warning (session 39): it fired
 * with "only / sole / seul / única" and not when the role itself was one person's. Such a phrase most often names
 * someone other than the writer (whom the report is about, or who it happened to), and a report needs it to be acted
 * on, so redaction keeps it (docs/anonymity.md, "What the text itself says"); the preview names it, so the writer sees
 * that it points to one person, and through them to the few around them.
 *
 * A phrase is named when a post is said with "the", "our" or its article (not "a", "my", a plural: "a cashier", "my
 * supervisor", "the night nurses" are many people's), and:
 * - a title one person holds in a unit (head, chief, lead, manager, director, chair, president…, in en es fr pt de
 *   it pl uk tl ht) is tied to a named unit: a site, plant, store, ward, hall… with its name or number ("at Site 2",
 *   "aus dem Werk Süd", "de la tienda de Valencia", "z hali 3", "цеху №4", "depo Kafou a"), or is said to be the one
 *   who did it ("is the one who …");
 * - a rare trade (a chaplain, the company doctor, a sommelier, a crane operator, a receptionist…) is tied to a unit,
 *   named or not ("the hospital chaplain", "l'aumônier de l'hôpital", "die Werksärztin");
 * - any person word is said to be the only one of its kind ("there's just one", "he's alone up there", "solo hay
 *   uno", "es gibt nur eine").
 * "The manager said …", "the managers at Site 2", "a manager at Site 2", "my boss", "the manager's office at Plant 2"
 * name no one. Words only name phrases: what redaction hides is unchanged.
 */
import { lazyPattern } from './lazy-pattern';
import { isPersonWord } from './self-descriptions';
import { isMorePersonWord } from './self-descriptions-more-cues';

type Lang = 'en' | 'es' | 'fr' | 'pt' | 'de' | 'it' | 'pl' | 'uk' | 'tl' | 'ht';

const words = (list: string) => list.split(/\s+/).filter(Boolean);
const set = (list: string) => new Set(words(list));

// Titles one person holds in their unit, singular only ("managers", "los encargados" are many), by language.
const TITLES: Record<Lang, Set<string>> = {
  // With their short forms and common misspellings ("mgr", "manger"); not "chair" or "principal", which are things.
  en: set(`manager mgr manger manageress director boss chairman chairwoman chairperson president superintendent matron
    dean coordinator administrator gm officer trainer instructor steward rep representative convenor convener`),
  es: set(`gerente director directora jefe jefa presidente presidenta responsable coordinador coordinadora administrador
    administradora encargado encargada delegado delegada`),
  fr: set(
    `directeur directrice g\u00e9rant g\u00e9rante chef cheffe responsable pr\u00e9sident pr\u00e9sidente coordinateur coordinatrice`,
  ),
  pt: set(
    `gerente diretor diretora chefe presidente respons\u00e1vel coordenador coordenadora administrador administradora`,
  ),
  de: set(`chef chefin leiter leiterin direktor direktorin vorsitzende vorsitzender vorsitzenden geschäftsführer
    geschäftsführerin meister meisterin präsident präsidentin`),
  it: set(`direttore direttrice responsabile capo caporeparto capoturno capocantiere capoufficio presidente presidentessa
    coordinatore coordinatrice gerente`),
  pl: set(`kierownik kierownika kierownikowi kierownikiem kierowniczka kierowniczkę kierowniczką kierowniczce dyrektor
    dyrektora dyrektorem dyrektorka dyrektorkę dyrektorką szef szefa szefem szefowa szefową szefowej prezes prezesa
    prezesem przewodniczący przewodniczącego przewodniczącym przewodnicząca przewodniczącą`),
  uk: set(`начальник начальника начальнику начальником начальниця начальницю начальницею керівник керівника керівнику
    керівником керівниця керівницю директор директора директору директором директорка директорку завідувач
    завідувача завідувачка голова голови голову головою майстер майстра`),
  tl: set(`manager direktor hepe tagapamahala pinuno presidente`),
  ht: set(`manadjè direktè direktris chèf prezidan responsab`),
};
// German writes a title into one word: "Schichtleiter", "Filialleiterin", "Betriebsratsvorsitzende", "Werkschef".
const GERMAN_TITLE_ENDS =
  /(?:leiter|leiterin|chef|chefin|direktor|direktorin|vorsitzende[rn]?|gesch\u00e4ftsf\u00fchrer(?:in)?|meister|meisterin)$/u;
// "head chef", "chief engineer", "lead welder", "head of security": a rank before any person word, or "of".
const RANK_BEFORE = set('head chief lead');

// Trades one person holds where they work: named with a unit, even one without a name ("the hospital chaplain").
const RARE: Record<Lang, Set<string>> = {
  en: set(`chaplain sommelier receptionist interpreter translator locksmith`),
  es: set(`capellán sumiller sumillera recepcionista intérprete gruista`),
  fr: set(`aumônier sommelier sommelière réceptionniste interprète grutier grutière`),
  pt: set(`capelão sommelier recepcionista intérprete`),
  de: set(`seelsorger seelsorgerin pfarrer pfarrerin kranführer kranführerin`),
  it: set(`cappellano sommelier receptionist interprete gruista`),
  pl: set(`kapelan kapelana kapelanem recepcjonistka recepcjonistkę tłumacz tłumaczka`),
  uk: set(`капелан капелана капеланом кранівник кранівника лікар лікаря лікарем лікарка`),
  tl: set(`chaplain`),
  ht: set(`doktè pè pastè`),
};
// A doctor or nurse of the firm itself is one: "the company doctor", "die Werksärztin", "médecin du travail".
const FIRM_DOCTOR =
  /^(?:company|site|plant|works|factory|occupational|in-house|staff)[ -](?:doctor|nurse|physician|medic)$|^(?:werks|betriebs)(?:arzt|\u00e4rztin|krankenschwester|sanit\u00e4ter(?:in)?)$/iu;
const FIRM_DOCTOR_AFTER =
  /^(?:(?:m[\u00e9e]dic[oa]|m[\u00e9e]decin|enfermeir[oa]|enfermer[oa]|infirmi[e\u00e8]re?|medico|lekarz)[ \t]+(?:d[eo]l?|du|da)[ \t]+(?:trabajo|trabalho|travail|lavoro|empresa|empresa)|lekarz[ \t]+zak[\u0142l]adowy|medico[ \t]+(?:aziendale|di[ \t]+fabbrica))/iu;
const CRANE = /^(?:crane|kran|grua|gr\u00faa|gru|d\u017awigu|suwnicy)$/iu;

// A unit of a workplace, which a name or number makes one: "Site 2", "the Leeds depot", "Werk Süd", "цеху №4".
const UNITS =
  set(`site plant store shop branch depot warehouse office factory mill mine yard quay dock terminal hub ward
  unit hall line building block wing campus hospital clinic hotel restaurant kitchen location facility center centre
  outlet mall station base camp farm school lab team crew shift stand port
  sitio planta tienda sucursal almacén oficina fábrica nave local centro hospital hotel restaurante mina puerto obra
  turno línea sede delegación depósito bodega cocina clínica escuela colegio residencia
  usine magasin agence dépôt entrepôt bureau atelier ligne bâtiment hôpital hôtel succursale équipe quai chantier
  clinique école
  unidade loja filial armazém escritório galpão linha pavilhão clínica escola
  werk werks halle filiale standort lager büro niederlassung zweigstelle markt linie schicht gebäude hafen krankenhaus
  klinik zentrum depot
  stabilimento magazzino negozio ufficio reparto linea capannone cantiere ospedale albergo ristorante deposito fabbrica
  clinica scuola
  opisina tindahan pabrika ospital sangay
  faktori magazen izin biwo sit lopital sikisal depo liy`);
// Polish and Ukrainian decline the unit: its stem ("hali", "zakładu", "цеху", "складу", "філії").
const SLAVIC_UNIT =
  /^(?:zak[\u0142l]ad|hal[aii\u0119]|magazyn|oddzia[\u0142l]|sklep|fabryk|biur|fili|lini|budyn|szpital|zmian|wydzia[\u0142l]|kopaln|\u0446\u0435\u0445|\u0441\u043a\u043b\u0430\u0434|\u0437\u0430\u0432\u043e\u0434|\u0444\u0456\u043b\u0456|\u0432\u0456\u0434\u0434\u0456\u043b|\u043c\u0430\u0433\u0430\u0437\u0438\u043d|\u0444\u0430\u0431\u0440\u0438\u043a|\u043e\u0444\u0456\u0441|\u043b\u0456\u043d\u0456|\u0431\u0443\u0434\u0456\u0432\u043b|\u043b\u0456\u043a\u0430\u0440\u043d|\u0437\u043c\u0456\u043d|\u0448\u0430\u0445\u0442|\u0434\u0435\u043f\u043e|\u043f\u0456\u0434\u043f\u0440\u0438\u0454\u043c\u0441\u0442\u0432)/u;
const isUnit = (lower: string) => UNITS.has(lower) || SLAVIC_UNIT.test(lower);
// A unit's number or letter: "2", "7B", "B", "II", "№4".
const CODE = /^(?:\u2116?\d{1,4}[\p{L}]?|\p{Lu}{1,2}\d{0,3}|\u2116)$/u;

// Words that join a unit to a post or a name to its unit.
const JOINS = set(`at in on of from for within inside the our their this that de del la las los el du des d l da do dos
  das di della dello delle dei dell nel nella nello al alla aus im am an bei vom von der dem den des zum zur w we z ze
  na u przy у в з із зі на при sa ng nang nan lan kote a an`);

// Before the post: the article or word that makes it the one ("the", "our", "el", "der", "ang"); what makes it anyone's
// ("a", "my", "un", "mein", "mga").
const DEFINITE: Record<Lang, Set<string>> = {
  en: set('the our their this that'),
  es: set('el la nuestro nuestra este esta ese esa'),
  fr: set('le la l notre ce cet cette'),
  pt: set('o a nosso nossa este esta esse essa'),
  de: set('der die den dem des unser unsere unseren unserem unserer dieser diese diesen'),
  it: set('il lo la l nostro nostra questo questa quel quella'),
  pl: new Set(),
  uk: new Set(),
  tl: set('ang yung ung iyong itong'),
  ht: new Set(),
};
// Languages without articles: a post is the one unless "my", "some" or a plural says otherwise.
const NO_ARTICLE = new Set<Lang>(['pl', 'uk', 'ht']);
const NOT_THE_ONE =
  set(`a an my mi mis mon ma mes meu minha mio mia mein meine meinen meinem meiner ein eine einen einem
  einer un una une um uma some any every each another other no mga mój moja mojego mojej moją jakiś jakaś мій моя мого
  моєї якийсь якась кожен jeden jedna`);
// Haitian puts "my" and the plural after the noun: "manadjè mwen", "manadjè yo".
const NOT_THE_ONE_AFTER = set('mwen m yo nou');

// Said to be the only one of its kind, after the post in its sentence: any person word.
const ONLY_ONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:there[ \t]*(?:['\u2019]s|is)[ \t]+(?:just|only)[ \t]+one|(?:just|only)[ \t]+one[ \t]+of[ \t]+(?:him|her|them)|we[ \t]+(?:only|just)[ \t]+have[ \t]+one|(?:he|she)[ \t]*(?:['\u2019]s|[ \t]is|[ \t]works|[ \t]sits|[ \t]stays)[ \t]+(?:(?:up|down|out|in)[ \t]+there[ \t]+)?(?:all[ \t]+)?(?:alone|on[ \t]+(?:his|her)[ \t]+own|by[ \t]+(?:him|her)self)|works[ \t]+(?:alone|on[ \t]+(?:his|her)[ \t]+own|by[ \t]+(?:him|her)self)|alone[ \t]+(?:up|down|out|in)[ \t]+there|(?:s[o\u00f3]lo|solamente)[ \t]+hay[ \t]+un[oa]?|hay[ \t]+(?:s[o\u00f3]lo|solamente)[ \t]+un[oa]?|(?:est\u00e1|trabaja)[ \t]+sol[oa]|il[ \t]+n['\u2019]y[ \t]+en[ \t]+a[ \t]+qu['\u2019]une?|(?:est|travaille)[ \t]+seule?|s\u00f3[ \t]+(?:tem|h\u00e1|existe)[ \t]+um[a]?|(?:est\u00e1|trabalha|fica)[ \t]+sozinh[oa]|es[ \t]+gibt[ \t]+nur[ \t]+(?:eine[nr]?|einen)|(?:ist|arbeitet)[ \t]+(?:dort[ \t]+|da[ \t]+|oben[ \t]+)*allein|ce[ \t]+n['\u2019]\u00e8[ \t]+(?:solo|soltanto)[ \t]+un[oa]?|(?:\u00e8|lavora|sta)[ \t]+da[ \t]+sol[oa]|jest[ \t]+tylko[ \t]+(?:jeden|jedna)|pracuje[ \t]+sam[a]?|w[ \t]+pojedynk\u0119|(?:\u043b\u0438\u0448\u0435|\u0442\u0456\u043b\u044c\u043a\u0438)[ \t]+(?:\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430)|(?:\u0432\u0456\u043d|\u0432\u043e\u043d\u0430)[ \t]+(?:\u0442\u0430\u043c[ \t]+)?(?:\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430|\u0441\u0430\u043c|\u0441\u0430\u043c\u0430)|\u043f\u0440\u0430\u0446\u044e\u0454[ \t]+(?:\u0441\u0430\u043c|\u0441\u0430\u043c\u0430|\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430)|mag-isa|nag-iisa|iisa[ \t]+lang|pou[ \t]+kont[ \t]+li|se[ \t]+yon[ \t]+s[\u00e8e]l)(?![\p{L}])`,
  'iu',
);
// Said to be the one who did it: a title or a rare trade, not any person word ("the manager is the one who …").
const THE_ONE_WHO = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:is|was)[ \t]+the[ \t]+one[ \t]+(?:who|that|being)|es[ \t]+(?:el|la)[ \t]+que|c['\u2019]est[ \t]+(?:lui|elle)[ \t]+qui|\u00e9[ \t]+(?:o|a)[ \t]+que|ist[ \t]+(?:der|die)(?:jenige)?[ \t]*,?[ \t]+(?:der|die)|\u00e8[ \t]+(?:quello|quella)[ \t]+che|to[ \t]+(?:on|ona)[ \t]|siya[ \t]+ang|se[ \t]+li[ \t]+ki)(?![\p{L}])`,
  'iu',
);

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
  /** What parts this word from the one before: a clause's punctuation ends what a phrase can reach. */
  gap: string;
}

// Words, with an elided article split off ("l'hôpital" is "l" and "hôpital", "dell'ospedale" "dell" and "ospedale").
const TOKEN = /[\p{L}\p{M}\p{N}\u2116'\u2019-]+/gu;
const ELIDED = /^(l|d|dell|all|nell|dall|sull|qu)['\u2019](?=\p{L})/iu;
function tokens(text: string): Token[] {
  const found: Token[] = [];
  let previous = 0;
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    let word = m[0].replace(/['\u2019]+$/u, '');
    const elided = ELIDED.exec(word);
    const gap = text.slice(previous, start);
    if (elided) {
      found.push({ word: elided[1]!, lower: elided[1]!.toLowerCase(), start, end: start + elided[1]!.length, gap });
      start += elided[0].length;
      word = word.slice(elided[0].length);
      found.push({ word, lower: word.toLowerCase(), start, end: start + word.length, gap: '' });
    } else found.push({ word, lower: word.toLowerCase(), start, end: start + word.length, gap });
    previous = m.index + m[0].length;
  }
  return found;
}

const ENDS_CLAUSE = /[.!?;:\n()[\],/&+|\u2014\u2013\u2022]/u;
const ENDS_SENTENCE = /[.!?;\n]/u;
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.word) && t.lower !== 'i';

interface Post {
  /** The languages whose lists hold the post's word ("gerente" is Spanish, Portuguese and Italian). */
  langs: Lang[];
  /** The first and last token of the post ("head" … "chef", "Betriebsratsvorsitzende"). */
  first: number;
  last: number;
  kind: 'title' | 'rare' | 'person';
  /** A rare trade that is the firm's by its words ("company doctor", "Werksärztin"): one, whatever follows. */
  own?: boolean;
  /** What the word is after an English article, where that differs ("the chef" is a cook, "le chef" the boss). */
  english?: 'person';
}

const LANGS = Object.keys(TITLES) as Lang[];
function postAt(list: Token[], i: number): Post | undefined {
  const t = list[i]!;
  const lower = t.lower;
  const next = list[i + 1];
  // "head chef", "chief engineer", "head of security".
  if (RANK_BEFORE.has(lower) && next && !ENDS_CLAUSE.test(next.gap)) {
    if (next.lower === 'of') return { langs: ['en'], first: i, last: i, kind: 'title' };
    if (singularPerson(next.lower) || TITLES.en.has(next.lower))
      return { langs: ['en'], first: i, last: i + 1, kind: 'title' };
  }
  if (
    next &&
    CRANE.test(lower) &&
    /^(?:operator|driver|operador|operadora|conductor|operatore|operator)$/iu.test(next.lower)
  )
    return { langs: ['en'], first: i, last: i + 1, kind: 'rare' };
  if (next && FIRM_DOCTOR.test(`${lower} ${next.lower}`))
    return { langs: ['en'], first: i, last: i + 1, kind: 'rare', own: true };
  if (FIRM_DOCTOR.test(lower)) return { langs: ['de'], first: i, last: i, kind: 'rare', own: true };
  const after = FIRM_DOCTOR_AFTER.exec(
    list
      .slice(i, i + 4)
      .map((w) => w.word)
      .join(' '),
  );
  if (after) {
    const count = after[0].split(/[ \t]+/).length;
    return { langs: ['es', 'fr', 'pt', 'it', 'pl'], first: i, last: i + count - 1, kind: 'rare', own: true };
  }
  const titled = LANGS.filter((lang) => TITLES[lang].has(lower));
  // "chef" is a French and German title, and an English cook: after "the" it is any cook.
  if (titled.length && singularPerson(lower) && !titled.includes('en'))
    return { langs: [...titled, 'en'], first: i, last: i, kind: 'title', english: 'person' };
  if (titled.length) return { langs: titled, first: i, last: i, kind: 'title' };
  const rare = LANGS.filter((lang) => RARE[lang].has(lower));
  if (rare.length) return { langs: rare, first: i, last: i, kind: 'rare' };
  if (/^\p{Lu}/u.test(t.word) && GERMAN_TITLE_ENDS.test(lower))
    return { langs: ['de'], first: i, last: i, kind: 'title' };
  if (singularPerson(lower)) return { langs: ['en'], first: i, last: i, kind: 'person' };
  return undefined;
}

/** A person word in the singular: "chef", "driver", "chauffeur", not "drivers". */
function singularPerson(lower: string): boolean {
  if (!(isPersonWord(lower) || isMorePersonWord(lower))) return false;
  return !(/s$/u.test(lower) && (isPersonWord(lower.slice(0, -1)) || isMorePersonWord(lower.slice(0, -1))));
}

/** Where the post's phrase starts: its article, after describing words; none when the post is anyone's. */
function phraseStart(list: Token[], post: Post): number | undefined {
  const before = list[post.first - 1];
  // The post's own languages' articles; Tagalog's before any (it borrows English posts: "ang HR manager").
  const portuguese = post.langs.includes('pt');
  const definite = (lower: string) => post.langs.some((lang) => DEFINITE[lang].has(lower)) || DEFINITE.tl.has(lower);
  for (let j = post.first - 1, seen = 0; j >= 0 && seen <= 3; j--, seen++) {
    const t = list[j]!;
    if (ENDS_CLAUSE.test(list[j + 1]!.gap)) break;
    if (definite(t.lower) && (t.lower !== 'a' || portuguese)) return j;
    if (NOT_THE_ONE.has(t.lower)) return undefined;
    if (JOINS.has(t.lower) && !isUnit(t.lower)) break;
  }
  if (!post.langs.some((lang) => NO_ARTICLE.has(lang))) return undefined;
  if (before && !ENDS_CLAUSE.test(list[post.first]!.gap) && NOT_THE_ONE.has(before.lower)) return undefined;
  return post.first;
}

/** The end of a named unit after the post ("at Site 2", "de la tienda de Valencia", "depo Kafou a"), if any. */
function namedUnitAfter(list: Token[], post: Post, titleCase: boolean): { end: number; named: boolean } | undefined {
  let last: number | undefined;
  let named = false;
  let free = post.langs.some((lang) => NO_ARTICLE.has(lang)) ? 1 : 0;
  for (let j = post.last + 1; j < list.length && j <= post.last + 8; j++) {
    const t = list[j]!;
    if (ENDS_CLAUSE.test(t.gap)) break;
    const previous = list[j - 1]!;
    if (isUnit(t.lower)) {
      last = j;
      if (isCode(list, j + 1)) {
        named = true;
        last = j + 1;
        if (list[j + 1]!.word === '\u2116' && /^\d/u.test(list[j + 2]?.word ?? '')) last = j + 2;
      }
      if (isCapitalised(previous) && !isUnit(previous.lower) && !titleCase && j - 1 > post.last) named = true;
      continue;
    }
    if (isCapitalised(t) && !JOINS.has(t.lower) && !titleCase && !DEPARTMENTS.has(t.lower)) {
      // "Werk Süd", "tienda de Valencia", "planta sa Cebu", "the Leeds depot" (its unit comes next).
      const unitBefore = [j - 1, j - 2, j - 3].some(
        (k) => k > post.last && isUnit(list[k]!.lower) && list.slice(k + 1, j).every((w) => JOINS.has(w.lower)),
      );
      if (unitBefore || isUnit(list[j + 1]?.lower ?? '')) {
        named ||= unitBefore;
        last = j;
        continue;
      }
      if (JOINS.has(previous.lower) || j === post.last + 1) {
        free--;
        if (free < -1) break;
        continue;
      }
      break;
    }
    if (JOINS.has(t.lower) || CODE.test(t.word)) continue;
    // One word a join or the post itself governs: "head of security", "jefa de cocina", "голова профспілки".
    if ((JOINS.has(previous.lower) || (j === post.last + 1 && free > 0)) && free > -1) {
      free--;
      continue;
    }
    break;
  }
  if (last === undefined) return undefined;
  // Haitian closes the noun phrase with its article: "depo Kafou a", "izin Okap la".
  const article = list[last + 1];
  if (
    post.langs.includes('ht') &&
    article &&
    /^(?:a|la|an|lan)$/u.test(article.lower) &&
    !ENDS_CLAUSE.test(article.gap)
  )
    last++;
  return { end: last, named };
}

// Words of a title written with capitals ("the General Store Manager", "the District Manager"): no place's name.
const TITLE_WORDS = set(`general assistant deputy vice senior junior executive national regional district area central
  associate acting interim managing operations sales`);

/** A name or number between the article and the post: "the Site 4 HR manager", "the Leeds store manager". */
function namedUnitBefore(list: Token[], from: number, post: Post, titleCase: boolean): boolean {
  // "the Store Manager", "the Quality Manager": a post written with its capital capitalises its title's words too.
  const capitalPost = isCapitalised(list[post.last]!) && !post.langs.includes('de');
  for (let j = from + 1; j < post.first; j++) {
    const t = list[j]!;
    if (isUnit(t.lower) && isCode(list, j + 1) && j + 1 < post.first) return true;
    const unitNext = isUnit(list[j + 1]?.lower ?? '') && j + 1 < post.first;
    if (unitNext && isCapitalised(t) && !isUnit(t.lower) && !titleCase && !capitalPost && !TITLE_WORDS.has(t.lower))
      return true;
  }
  return false;
}

// "Site Services", "Store Operations": a department after a unit word, not the unit's name.
const DEPARTMENTS = set(`services service operations management maintenance support sales logistics engineering
  security safety quality planning finance accounts admin administration team teams staff manager director`);

// "unit 5 times", "site 2 years": a count, not the unit's number.
const COUNTED = set(`times time years year months month weeks week days day hours hour minutes people employees staff
  percent veces años meses semanas días fois ans mois semaines jours mal jahre monate wochen tage volte anni mesi`);
/** Whether the word at i numbers a unit ("Site 2", "Halle 4", "цеху №4"), not counts something ("unit 5 times"). */
function isCode(list: Token[], i: number): boolean {
  const t = list[i];
  if (!t || !CODE.test(t.word) || ENDS_CLAUSE.test(t.gap)) return false;
  const next = list[i + 1];
  return !(next && COUNTED.has(next.lower) && !ENDS_CLAUSE.test(next.gap));
}

/** Each phrase in text that names a post one person holds ("the payroll manager at Site 2"), as written. */
export function oneHolderPosts(text: string): string[] {
  const list = tokens(text);
  const found: string[] = [];
  // A headline in Title Case capitalises every word: a capital there names no site.
  // German capitalises its nouns, not its verbs: every long word capitalised, or "At", "Of" inside a sentence.
  const long = list.filter((t) => t.word.length > 3);
  const titleCase =
    (long.length >= 3 && long.every(isCapitalised)) ||
    list.some(
      (t, i) => i > 0 && /^(?:At|Of|In|On|For|And|The|To|With|From)$/u.test(t.word) && !ENDS_SENTENCE.test(t.gap),
    );
  for (let i = 0; i < list.length; i++) {
    const post = postAt(list, i);
    if (!post) continue;
    i = post.last;
    const following = list[post.last + 1];
    // "the manager's office": the post owns a thing, it is not the one the report is about.
    if (/['\u2019]s$/u.test(list[post.last]!.word) || (following && /^['\u2019]s$/u.test(following.word))) continue;
    if (post.langs.includes('ht') && following && NOT_THE_ONE_AFTER.has(following.lower)) continue;
    const start = phraseStart(list, post);
    if (start === undefined) continue;
    if (post.english && DEFINITE.en.has(list[start]!.lower)) post.kind = post.english;
    // "die Schichtleiter", "die Vorsitzenden": a masculine title or "-enden" after "die" is many people.
    if (
      list[start]!.lower === 'die' &&
      /(?:leiter|chef|direktor|meister|f\u00fchrer|vorsitzenden)$/u.test(list[post.last]!.lower)
    )
      continue;
    const place = namedUnitAfter(list, post, titleCase);
    const before = namedUnitBefore(list, start, post, titleCase);
    const sentence = restOfSentence(text, list, post.last);
    let tied = false;
    if (post.kind === 'title') tied = place?.named === true || before || THE_ONE_WHO.get().test(sentence);
    if (post.kind === 'rare')
      tied =
        post.own === true ||
        place !== undefined ||
        before ||
        precededByUnit(list, start, post) ||
        THE_ONE_WHO.get().test(sentence);
    tied ||= ONLY_ONE.get().test(sentence);
    if (!tied) continue;
    const end = place && (place.named || post.kind === 'rare') ? place.end : post.last;
    found.push(text.slice(list[start]!.start, list[end]!.end));
    i = Math.max(i, end);
  }
  return found;
}

/** "the hospital chaplain", "the site receptionist": a unit word just before a rare trade. */
function precededByUnit(list: Token[], start: number, post: Post): boolean {
  for (let j = start + 1; j < post.first; j++) if (isUnit(list[j]!.lower)) return true;
  return false;
}

/** What the sentence says after the post, where "there's just one" or "is the one who" would be. */
function restOfSentence(text: string, list: Token[], last: number): string {
  const from = list[last]!.end;
  const rest = text.slice(from, from + 160);
  const stop = rest.search(ENDS_SENTENCE);
  return stop < 0 ? rest : rest.slice(0, stop);
}
