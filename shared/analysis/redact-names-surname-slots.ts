import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isOrdinaryWord } from './redact-names-lookup';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { unknownWord } from './redact-names-small-deeds';
import { actsAsPerson } from './redact-names-verb-forms';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, PERSON_DEEDS, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { hasPolishSurnameShape, isCommonSurname } from './surnames';

/*
 * ra37 (a blind attacker, 27 of 61 hidden): a surname with no cue word before it, the commonest way a worker names
 * someone. It is the text's subject, opening it (or a sentence, or after "I think"), written small or with its
 * capital, before where the person works or what they do: "nowak z utrzymania ruchu pije w pracy", "Schmidt vom
 * Einkauf fälscht Rechnungen", "Schmidt fälscht Rechnungen". Or it is who to ask, written small after "ask", "talk
 * to", "hablen con", "demandez à", "chiedete a", "спитайте в", "mande": "demandez à girard, il a tout vu". Or a
 * surname written small said twice: "el jefe es fernández y fernández no escucha". No list of cue words stands
 * before it, so what it is and where it stands decide:
 * - a surname of the lists that is no everyday word of any language the service reads ("kowal" is a smith, "Brown
 *   water", "Rice from the canteen", "Baker shifts" stay), or, capitalised, a word no list knows;
 * - before "from", "z", "vom", "de la", "do", "з" and a unit of the workplace (the word after the preposition names
 *   a department, a shift, a line or a shop: "torres de refrigeración" stays);
 * - or before what only a person does, in any language ("fälscht", "kradnie", "roba", "vole", "краде");
 * - or after a verb of asking or talking to, in each language.
 * Ukrainian surnames are read by their endings ("-енко", "-чук", "-юк", and "-ський" after a verb of asking).
 */

const LATIN_WORD = String.raw`\p{L}[\p{L}'’]*(?:-\p{L}+)?`;
// Where a subject stands: the text's start, a sentence's, a line's, or after "I think" and its like.
const I_THINK = String.raw`(?:i[ \t]+think|i[ \t]+believe|i[ \t]+guess|creo[ \t]+que|pienso[ \t]+que|je[ \t]+pense[ \t]+que|je[ \t]+crois[ \t]+que|ich[ \t]+glaube|ich[ \t]+denke|myślę[ \t]+że|wydaje[ \t]+mi[ \t]+się[ \t]+że|acho[ \t]+que|penso[ \t]+che|credo[ \t]+che|думаю[ \t]+що|mwen[ \t]+panse)`;
// The look back is made only where a word starts (every use reads a letter next), and the spaces after "I think"
// are read one way: "[ \t]*,?[ \t]+" split a run of spaces every way it could, so made at every position of a long
// run of spaces it cost the cube of its length (a word, 1,600 spaces and a word took 7.5 s of CPU to redact;
// docs/performance-log.md, "… no input makes analysis slow … (helper lb43)"). It reads the same texts as before.
export const SUBJECT_AT = String.raw`(?=\p{L})(?:^|(?<=[.!?…][ \t]+|\n[ \t]*|(?<![\p{L}])${I_THINK}(?:[ \t]*,)?[ \t]+))`;
// "from" and its kin, with the article after it.
const FROM = String.raw`(?:(?:el|la|o|a|der|die|ten|ta|quello|quella|celui|celle)[ \t]+(?:del|de[ \t]+la|de|do|da|vom|von[ \t]+der|aus[ \t]+der|z|ze|dal|della|du)|from|frm|of|in|on|z|ze|vom|von[ \t]+der|aus[ \t]+der|aus[ \t]+dem|von|aus|del|de[ \t]+la|de[ \t]+l['’]|de|du|des|do|da|dos|das|dal|dalla|della|dello|dei|з|із|зі|від|nan|sa|ng)`;
const ARTICLE = String.raw`(?:(?:the|der|die|das|dem|la|le|les|el|los|las|o|a|os|as|il|lo|l['’])[ \t]+)?`;
const OPENING_FROM = lazyPattern(
  String.raw`${SUBJECT_AT}(${LATIN_WORD})[ \t]*,?[ \t]+(${FROM})[ \t]+${ARTICLE}(\p{L}+)(?:[ \t]+(\p{L}+))?`,
  'giu',
);
const OPENING_DEED = lazyPattern(
  String.raw`${SUBJECT_AT}(${LATIN_WORD})[ \t]+(?:(?:always|never|still|siempre|nunca|toujours|jamais|sempre|mai|immer|ständig|zawsze|ciągle|знову|завжди)[ \t]+)?(\p{L}+(?:['’]\p{L}+)?)(?![\p{L}])`,
  'giu',
);

// The first letters of a unit of the workplace, in the languages the service reads: a department, a store, a
// shift, a line, a shop floor.
export const UNIT =
  /^(?:hr|rh|rrhh|it|ti|qa|payroll|account|compt|contab|księgow|buchhalt|бухгалт|shipping|receiv|goods|mainten|manten|manuten|utrzyman|logist|логіст|compra|achat|acquist|einkauf|zakup|закуп|almac|armaz|magaz|magas|lager|entrep|warehouse|склад|produc|produz|produk|виробн|exped|spediz|versand|wysył|secur|seguri|segura|sicurez|sécur|ochron|охорон|sicherh|paint|pintur|peint|vernic|lakier|malarn|loading|carga|charg|carico|załad|night|noche|nuit|nott|nocn|nacht|нічн|shift|turno|zmian|schicht|змін|kitchen|cocin|cuisin|cucin|kuchn|кухн|canteen|cantin|mensa|stołów|їдальн|montag|assembl|ensambl|montaż|qualit|calidad|jakoś|якост|sales|venta|venda|vendit|sprzeda|продаж|vertrieb|financ|finanz|фінанс|recep|kas|caisse|caja|кас|office|oficina|bureau|biuro|büro|офіс|dock|muelle|quai|rampa|limpieza|nettoyage|pulizi|sprząt|reinig|прибир|transport|admin|ressources|recursos|kadr|кадр|personal|personnel|line|línea|ligne|linea|lini|лінії|floor|taller|atelier|officina|warsztat|werkstatt|цех|dept|depart|départ|abteil|dział|відділ|servic|serviç|servizi|packing|empaque|embal|pakow|packerei|пакув|depo|dispatch|despacho|bodega|front|caixa|cassa|planta|usine|fabri|zakład|завод|ops|operat|delivery|reparto|entrega|livraison|доставк)/iu;

// What only a person does, right after the subject, in the languages the service reads beside English's (see
// PERSON_DEEDS): steals, drinks, hits, lies, forges, harasses, threatens, shouts, insults, touches.
const DEEDS_ABROAD = new Set(
  `steals stole drinks drank fakes forges forged cheats cheated hits beats touches gropes sells sold
  fälscht klaut stiehlt stahl trinkt säuft schlägt lügt betrügt belästigt bedroht beleidigt schreit brüllt mobbt
  kradnie ukradł pije bije kłamie oszukuje fałszuje molestuje grozi krzyczy wyzywa obmacuje
  vole boit frappe ment triche falsifie harcèle menace insulte crie touche
  roba robó bebe golpea pega miente engaña falsifica acosa amenaza grita insulta manosea toca
  rouba roubou bate mente engana falsifica assedia ameaça xinga apalpa
  ruba beve picchia mente imbroglia falsifica molesta minaccia urla insulta palpa tocca
  краде вкрав п'є бреше б'є погрожує кричить ображає лапає домагається підробляє
  vòlè bwè bat manti menase joure`.split(/\s+/),
);
export const DEEDS = new Set([...PERSON_DEEDS.filter((d) => !['sells', 'sold'].includes(d)), ...DEEDS_ABROAD]);

// Asking or talking to someone, and the word after it: "ask girard", "hablen con ruiz", "спитайте в ткаченка".
const ASKING = String.raw`(?:ask|asked|talk[ \t]+to|talk[ \t]+with|speak[ \t]+to|speak[ \t]+with|check[ \t]+with|hablen[ \t]+con|hable[ \t]+con|habla[ \t]+con|hablar[ \t]+con|pregunt(?:a|e|en|ar|ale|ele|enle)[ \t]+a|demandez[ \t]+à|demande[ \t]+à|demander[ \t]+à|parlez[ \t]+à|parlez[ \t]+avec|voyez[ \t]+avec|chiedete[ \t]+a|chiedi[ \t]+a|chiedere[ \t]+a|parlate[ \t]+con|parla[ \t]+con|fragt|frag|fragen[ \t]+sie|sprecht[ \t]+mit|sprich[ \t]+mit|zapytaj(?:cie)?|pogadaj(?:cie)?[ \t]+z|porozmawiaj(?:cie)?[ \t]+z|pergunt(?:e|em|a)[ \t]+(?:ao|pro|pra|a)|fal(?:e|em|a)[ \t]+com|спитайте[ \t]+(?:в|у)|спитай[ \t]+(?:в|у)|запитайте[ \t]+(?:в|у)|поговоріть[ \t]+з|mande|mande[ \t]+bay|pale[ \t]+ak|tanungin[ \t]+(?:mo[ \t]+)?si|kausapin[ \t]+si)`;
const ASKED = lazyPattern(
  String.raw`(?<![\p{L}])${ASKING}[ \t]+(${LATIN_WORD})(?=([ \t]*(?:[,.!?;:)\n]|$))|[ \t]+\p{L})`,
  'giu',
);

// Ukrainian surnames by their endings, in their case forms: "Шевченко", "ткаченка", "Ковальчук", "ковальчука".
const UKRAINIAN_SURNAME = lazyPattern(
  String.raw`^\p{L}{2,}(?:енк[оаиуі]|енкові|(?:ч|щ)ук(?:а|ові|у|ом)?|юк(?:а|ові|у|ом)?)$`,
  'u',
);
const UKRAINIAN_ADJECTIVE_SURNAME = lazyPattern(String.raw`^\p{L}{3,}(?:ськ|цьк)(?:ий|ого|ому|им|а|ої|ій)$`, 'u');

/** A word of some language the service reads: no surname where a surname could stand. */
export function everyday(lower: string, english: boolean): boolean {
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return true;
  return (english && isEnglishWord(lower)) || !!commonWordLanguages(lower) || !!moreEverydayLanguages(lower);
}

/** A surname of the lists that is no everyday word, a Ukrainian surname, or (capitalised) a word no list knows. */
export function surnameHere(word: string, english: boolean, unknownCapitalOk: boolean): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || (word.length > 3 && word === word.toUpperCase())) return false;
  if (UKRAINIAN_SURNAME.get().test(lower)) return true;
  if (everyday(lower, english)) return false;
  if (isCommonSurname(lower)) return !isEnglishWord(lower) || !english;
  if (/^\p{Lu}/u.test(word) && hasPolishSurnameShape(lower) && unknownWord(lower)) return true;
  if (!unknownCapitalOk || !/^\p{Lu}\p{Ll}/u.test(word) || !/^\p{Script=Latin}+$/u.test(lower)) return false;
  // "Brennan from the paint shop": the dictionary knows it only as a proper noun.
  return unknownWord(lower) || (isProperNoun(lower) && !isOrdinaryWord(lower) && !isEnglishWord(lower));
}

function hide(whole: string, name: string, from = 0): string {
  const at = whole.indexOf(name, from);
  return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
}

const GATE = lazyPattern(String.raw`\p{L}{3,}`, 'u');

/** Hides a surname standing as the subject or as whom to ask, with no cue word before it (see above). */
export const maskSurnamesInSubjectSlots: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = text.replace(
    OPENING_FROM.get(),
    (whole: string, name: string, preposition: string, unit: string, unit2?: string) => {
      if (!UNIT.test(unit) && !(unit2 && UNIT.test(unit2))) return whole;
      // A capitalised word no list knows only before English's "from": the lists know too few words of the other
      // languages ("Viande de la cantine", "Cena z dostawcy").
      return surnameHere(name, true, /(?:from|frm)$/iu.test(preposition)) ? hide(whole, name) : whole;
    },
  );
  out = out.replace(OPENING_DEED.get(), (whole: string, name: string, deed: string) => {
    const lower = deed.toLowerCase().replace(/’/g, "'");
    if (!DEEDS.has(lower) && !(name[0] === name[0]!.toLowerCase() && actsAsPerson(lower))) return whole;
    return surnameHere(name, true, false) ? hide(whole, name) : whole;
  });
  out = out.replace(ASKED.get(), (whole: string, name: string, ended?: string) => {
    const english = /^(?:ask|talk|speak|check)/iu.test(whole);
    const lower = name.toLowerCase();
    const ok =
      surnameHere(name, english, english) ||
      (!english && UKRAINIAN_ADJECTIVE_SURNAME.get().test(lower)) ||
      (english && ended !== undefined && name === lower && /^\p{Script=Latin}+$/u.test(lower) && unknownWord(lower));
    return ok ? hide(whole, name, whole.length - name.length) : whole;
  });
  return maskSurnamesSaidTwice(out);
};

/*
 * "el jefe es fernández y fernández no escucha": a surname written small, twice, once where a person stands (after
 * "is"/"es"/"est"/"ist"/"jest"/"è", or before a person's deed or "no"/"never"). A firm or a town said twice ("work at
 * ross … ross had its fun", "baker hughes … Baker hughes", "st louis") stands in no such place.
 */
const PERSON_AFTER = String.raw`(?:no|not|never|nunca|jamais|ne|n['’]a|non|nie|не|nicht|nie|nunca|não|nao|${[...DEEDS].join('|')})`;
const COPULA = String.raw`(?:is|was|es|era|est|était|ist|war|jest|był|була|був|є|è|é|foi)`;

function maskSurnamesSaidTwice(text: string): string {
  const words = text.match(/(?<![\p{L}\p{N}_@'’-])\p{Ll}{4,}(?![\p{L}\p{N}_'’-])/gu);
  if (!words || words.length < 2) return text;
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const word of words) (seen.has(word) ? twice : seen).add(word);
  let out = text;
  for (const word of twice) {
    if (!isCommonSurname(word) || everyday(word, true) || isEnglishWord(word)) continue;
    const placed = new RegExp(
      String.raw`(?<![\p{L}])${COPULA}[ \t]+${word}(?![\p{L}])|(?<![\p{L}])${word}[ \t]+${PERSON_AFTER}(?![\p{L}])`,
      'iu',
    );
    if (!placed.test(out)) continue;
    out = out.replace(
      new RegExp(String.raw`(?<![\p{L}\p{N}_@'’-])${word}(?![\p{L}\p{N}_'’-])`, 'gu'),
      mask('NAME', word.length),
    );
  }
  return out;
}
