import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { actsAsPerson } from './redact-names-verb-forms';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, PERSON_DEEDS, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { unknownWord } from './redact-names-small-deeds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * A name no list knows, told by where the person works and what they did (the twelfth operator-attacker round):
 * "Tamika in shipping told me to lie", "Jarvis on nights said we skip the checks", "Marquita at the front desk
 * laughed", "Yesenia de almacén nos grita". Opening a sentence a capital says nothing, and the names rules want a
 * list's word there; but a capitalised word, then a unit of the workplace (a department, a shift, a station), then
 * what a person does, is a person: only people work on nights and tell. An everyday word of any language stays
 * ("Everyone in shipping said", "Management in HR told us", "Overtime on nights is …": no deed follows).
 */

const UNITS = String.raw`(?:${[
  ...[...DEPARTMENTS].filter((unit) => unit !== 'the'),
  ...`nights days earlies lates mornings evenings weekends overnights graveyard swing nightshift dayshift night\\s+shift day\\s+shift
    first\\s+shift second\\s+shift third\\s+shift 1st\\s+shift 2nd\\s+shift 3rd\\s+shift front\\s+desk front\\s+end
    customer\\s+service dock docks line floor register registers till tills checkout checkouts kitchen bakery deli
    produce dairy meat\\s+dept pharmacy returns inventory fulfillment fulfilment picking loading unloading warehouse
    housekeeping laundry cleaning janitorial cash\\s+office office lab yard forklifts assembly packaging
    almacén almacen caja cocina logística logistica limpieza recepción recepcion bodega producción produccion
    mantenimiento ventas nóminas nominas turno\\s+de\\s+noche noche noches rrhh rh armazém armazem magatzem
    caisse cuisine entrepôt entrepot accueil nuit compta magasin quai
    lager kasse küche kuche versand spätschicht nachtschicht
    estoque caixa cozinha expedição expedicao noite
    lagret lager kassan köket koket receptionen lastkajen kvällsskiftet kvallsskiftet nattskiftet dagskiftet skiftet
    depozit depozitul ambalare recepție receptie casă casa bucătărie bucatarie producție productie tura schimbul
    gudang kasir dapur produksi gudangnya bagian
    склада склад кассы кухни цеха цех ночной смены смены приёмки приемки
    magazijn planning inkoop receptie expeditie logistiek kantine nachtploeg dagploeg
    mapokezi ghala stoo jikoni ulinzi usafi uhasibu ofisi mauzo manunuzi`.split(/\s+/),
].join('|')})`;
// The unit may have an article and one word of its own before it ("at the front desk", "on the night shift").
const AT_WORK_TAIL = String.raw`[ \t]+(?:in|on|from|frm|at|de|del|da|do|du|au|aus|vom|von|im|in\s+der|z|ze|w|na|på|från|i|de\s+la|din|dari|di|со|с|из|van|van\s+de|van\s+het|wa)[ \t]+(?:(?:the|el|la|le|la|l['’]|die|der|o|a)[ \t]*)?(?:\p{Ll}+[ \t]+)?${UNITS}(?![\p{L}])(?:[ \t]+\d{1,3}[a-z]?(?![\p{L}\p{N}]))?(?:[ \t]+(?:just|always|never|also|then|even|literally|already|siempre|nunca|toujours|immer|sempre|no|não|nao))?[ \t]+(\p{L}[\p{L}'’]*)`;
// Blind round 23: a station's number may follow its unit ("Rose on line 3 screams").
const AT_WORK = lazyPattern(String.raw`(?<![\p{L}\p{N}'’])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)${AT_WORK_TAIL}`, 'gu');
/*
 * Blind round 23: the same written small, opening the text or a sentence: "frank in security sleeps through his
 * shift", "rose on line 3 screams", "patience in payroll never answers". Only a given name is taken so, word or not:
 * a frank, a rose or patience works in no department and does nothing there ("honey from the canteen is too sweet"
 * has no deed, and stays). Blind round 24: a word no language knows is taken there too, a nickname ("tel frm nights
 * nicks the milk", "bev on tills shouts").
 */
// Blind round 25: Spanish, Portuguese and Italian may put an article before the name ("la consuelo de rrhh no
// contesta", "a graça do rh nunca responde").
const AT_WORK_SMALL = lazyPattern(
  String.raw`(?:^|(?<=[.!?…][ \t]+|\n))(?:(?:la|el|a|o|il|bwana|bi|mzee|mama|dada|kaka)[ \t]+)?(\p{Ll}{2,})${AT_WORK_TAIL}`,
  'gu',
);

// Spanish, French, Italian and Portuguese put what the person did to the writer first: "nos grita", "m'a dit".
// Swedish, Romanian, Indonesian and Russian the same ("hotar folk", "ne amenință", "mencuri", "ворует").
const DEEDS = new Set([
  ...PERSON_DEEDS,
  // Attack round 31 (atp31 F2): what only a person does on shift, "Dusty on nights sleeps on the job", "Jodie on
  // tills drinks"; not "brings" or "takes", which a season or a process does too ("Summer in the warehouse brings heat").
  ...`sleeps slept drinks drank smokes sneaks snuck naps napped`.split(/\s+/),
  ...`nos me nous m'a m’a ci mi ne ne-a mi-a mă ma oss mig hotar mobbar skriker stjäl slår fură jignește amenință
    mencuri memaki memukul mengancam selalu suka нас меня ворует орёт орет кричит бьёт бьет оскорбляет угрожает
    pest scheldt steelt schreeuwt liegt bedreigt slaat
    se llega contesta responde roba fuma duerme bebe chega fala rouba dorme répond repond parle vole fume dort`.split(
    /\s+/,
  ),
]);

/** A capitalised word that is no everyday word of any language the service reads, or a given name. */
function couldBeNamed(word: string): boolean {
  const lower = word.toLowerCase();
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  if (isGivenName(lower) || isCommonSurname(lower)) return true;
  return !isEnglishWord(lower) && !commonWordLanguages(lower) && !moreEverydayLanguages(lower);
}

/*
 * Blind round 27: where the person works is enough after "tell" or "ask" ("tell Chester from security to stop"), and
 * what they are is a deed too ("Lincoln in the office is a bully"). A text all in capitals is read as if written small
 * with a capital on the word before "in", "on", "from" or "at" ("LINCOLN IN THE OFFICE IS A BULLY", round 26's
 * "PRESTON ON NIGHTS BULLIES THE AGENCY STAFF"); what it finds is hidden in the capitals.
 */
const ASKED_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:tell|ask|told|asked|telling|asking)[ \t]+$`, 'iu');
// What only a person is: drunk, late, rude, a bully or a thief, never there ("summer in the warehouse is awful" and
// "overtime on nights is a mess" are no one).
const IS_WHAT = lazyPattern(
  String.raw`^[ \t]+(?:(?:always|often|usually|so|very|really|never)[ \t]+)?(?:drunk|late|rude|lazy|useless|asleep|high|racist|sexist|creepy|a[ \t]+(?:bully|creep|liar|thief|racist|pervert|nightmare[ \t]+to[ \t]+work[ \t]+with)|the[ \t]+worst[ \t]+(?:boss|manager|supervisor|lead)|there|here|on[ \t]+(?:his|her|their)[ \t]+phone|shouting|yelling|screaming|swearing|stealing|drinking)(?![\p{L}])`,
  'iu',
);
const ALL_CAPITALS = lazyPattern(String.raw`^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$`, 'u');
const BEFORE_WHERE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’])\p{Ll}(?=\p{Ll}{2,}[ \t]+(?:in|on|from|frm|at)[ \t])`,
  'gu',
);

function maskAtWork(text: string): string {
  return text.replace(AT_WORK.get(), (whole: string, name: string, deed: string, offset: number) => {
    const lower = name.toLowerCase();
    // Told or asked, a town's name is a person's too ("tell Chester from security"): only everyday words are left.
    const asked =
      ASKED_BEFORE.get().test(text.slice(Math.max(0, offset - 10), offset)) &&
      !ALL_STOPWORDS.has(lower) &&
      !NOT_NAMES.has(lower) &&
      !ROLE_CUES.has(lower) &&
      !DEPARTMENTS.has(lower) &&
      !commonWordLanguages(lower) &&
      (isGivenName(lower) || !isEnglishWord(lower) || isProperNoun(lower));
    if (!couldBeNamed(name) && !asked) return whole;
    const after = text.slice(offset + whole.length, offset + whole.length + 20);
    const isWhat = /^(?:is|was)$/iu.test(deed) && IS_WHAT.get().test(after);
    return isDeed(deed) || isWhat || asked ? mask('NAME', name.length) + whole.slice(name.length) : whole;
  });
}

function maskAtWorkInCapitals(text: string): string {
  if (!ALL_CAPITALS.get().test(text)) return text;
  const small = text.toLowerCase();
  if (small.length !== text.length) return text;
  const read = maskAtWork(small.replace(BEFORE_WHERE.get(), (c) => c.toUpperCase()));
  let out = '';
  for (let i = 0; i < text.length; i++)
    out += read[i] !== small[i] && read[i]!.toLowerCase() !== small[i] ? read[i] : text[i];
  return out;
}

/** Masks a name before where the person works and what they did (see above). */
export const maskNamesAtWork: Rule = (text) =>
  maskAtWorkInCapitals(maskAtWork(text)).replace(
    AT_WORK_SMALL.get(),
    (whole: string, name: string, deed: string, offset: number, all: string) => {
      // "mo on forklifts is always drunk": what the person is, as after a capital.
      const isWhat =
        /^(?:is|was)$/iu.test(deed) && IS_WHAT.get().test(all.slice(offset + whole.length, offset + whole.length + 20));
      const taken =
        ((isGivenName(name) && !ALL_STOPWORDS.has(name) && !DEPARTMENTS.has(name)) || unknownWord(name)) &&
        (isDeed(deed) ||
          isVerbOfSomeone(deed) ||
          isWhat ||
          (/[ \t]wa[ \t]/u.test(whole) && SWAHILI_VERB.get().test(deed) && !SWAHILI_NOT_NAMES.has(name)));
      const at = whole.indexOf(name);
      return taken ? whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length) : whole;
    },
  );

// Blind round 27 (and 26's "baraka wa ghala anatutukana"): Swahili says where someone works with "wa" ("neema wa
// mapokezi anachelewa", "bwana kipchoge wa ulinzi anaiba"), and what they do with a verb that opens on its person
// and tense ("ana-", "ame-", "ali-", "hu-", "ha-"): a word before both is the person.
const SWAHILI_VERB = lazyPattern(String.raw`^(?:ana|ame|ali|ata|hu|ha)\p{Ll}{3,}$`, 'u');
// Swahili's words for people and work that stand before "wa" as a name would ("kazi wa ghala", "wafanyakazi wa ghala").
const SWAHILI_NOT_NAMES = new Set(
  `kazi wafanyakazi mfanyakazi wafanyikazi mfanyikazi mkuu wakuu meneja mameneja msimamizi wasimamizi mlinzi walinzi
  watu mtu mishahara mshahara mama baba dada kaka ndugu rafiki marafiki mwenzetu wenzetu wenzangu bosi mkubwa sehemu
  idara ofisi wateja mteja mpishi wapishi dereva madereva karani makarani mhasibu wahasibu fundi mafundi vijana`.split(
    /\s+/,
  ),
);
// Written small, an English verb in "-s" or "-ed" after the unit says someone did it ("sleeps", "hides", "laughed"),
// unless things do it too: a mark "looks like", a rose "smells", a jack "broke".
const THINGS_DO = new Set(
  `is was has had does looks looked smells smelled tastes tasted seems seemed feels felt sounds appears appeared
  stays stayed remains remained needs needed goes grows grew wilts wilted blooms drips dripped leaks leaked breaks
  broke fits fitted costs lasts lasted works worked belongs belonged sits stands lies comes came falls fell means
  matters counts gets got helps helped shows showed arrived arrives includes included contains contained covers
  covered expired expires bounced lists listed totals totalled adds added opens opened closes closed`.split(/\s+/),
);
const isVerbOfSomeone = (deed: string) =>
  /^\p{Ll}{3,}(?:s|ed)$/u.test(deed) && !THINGS_DO.has(deed) && !ALL_STOPWORDS.has(deed);
const isDeed = (deed: string) => DEEDS.has(deed.toLowerCase()) || actsAsPerson(deed.toLowerCase());
