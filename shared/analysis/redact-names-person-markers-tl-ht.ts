import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { unknownWord } from './redact-names-small-deeds';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import { isCommonSurname } from './surnames';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * r38 (ra37's class): Tagalog and Haitian Creole mark a person before the name, and the name after the mark may be one
 * no list holds, written small or with its capital: "si dela cruz sa maintenance lasing lagi", "kay ramos ka
 * magreklamo", "pinagalitan ako ni Tolentino", "sina Arvin at Joross"; "se Wideline ki nan depo a k ap vòlè" (it is W.
 * who …), "mande Jinette" (ask J.), "pale ak fritznel" (talk to F.). The older Tagalog reading
 * (redact-names-unlisted.ts) needs one of a few Tagalog words in the text, and Creole had none.
 *
 * The mark counts only in a text of its language (one of its own words, which no other language the service reads
 * writes, and one more of its words, or two of its own: Spanish "si" is "if",
 * "se" and "mande" are French and Spanish words too), and the word after it is a name only when no language the
 * service reads, Tagalog and Creole included, has it as a word: "kay tagal ng sweldo" (how long the pay takes),
 * "ni minsan" (not once), "se pa vre", "se travay la ki difisil", "mande lajan", "mande konje", "si supervisor" stay.
 * A Tagalog "kay" before a word and "ng" is "how …": "kay init ng bodega".
 */

// Everyday Tagalog words a text of that language holds (the common-words list has the closed ones).
const TAGALOG_WORDS = new Set(
  `ang ng nang sa mga ako ko mo niya nya namin natin nila kami tayo sila siya sya ito iyan iyon yan yun yung ung na pa ba
  po opo din rin lang naman at pero kasi dahil kung para hindi di wala walang may meron lagi laging palagi talaga
  kahapon ngayon bukas dito diyan doon ka kayo nyo niyo daw raw pala sana akin amin atin nito niyan niyon ay
  sabi sinabi tapos pag kapag`.split(/\s+/),
);
// Tagalog words that follow a person's mark without being a name: "kay tagal" (how long), "ni minsan" (not once),
// "ni isa", "si ako"; and its people words ("si kuya", "kay boss": the older rule reads the name after them).
const TAGALOG_NOT_NAMES = new Set(
  `tagal ganda init lamig hirap bigat dami bilis bagal layo laki liit sakit saya lungkot pangit mahal sarap baho dumi
  ingay gulo linis dilim liwanag isa minsan hindi man ako ikaw siya kami tayo sila kayo ano sino alin kuya ate boss
  sir maam ma'am mam tita tito lola lolo manong manang mang aling ading insan pare pre tol bro sis mare kumpare
  kumare amo amon katrabaho kasama kapatid nanay tatay anak asawa misis mister supervisor manager guard driver`.split(
    /\s+/,
  ),
);
// Everyday Haitian Creole: function words, the verbs and nouns of work a text holds. None is a name.
const KREYOL_WORDS = new Set(
  `mwen m ou w li l nou yo se ki nan pa ap te va pral gen fè di bay pou sou avèk avek ak ke lè kote konn konnen vle
  kapab ka dwe tout bagay moun sa sila a la yo an lan kounye kounyea toujou janm jamn ankò anko deja tou sèlman
  menm men paske si kòm kom depi jiska travay travayè lajan kòb kob konje manadjè manadje sipèvizè sipevize bòs bos
  patwon chèf chef direktè direkte depo biwo izin faktori ekip nwit jou maten aswè semèn mwa ane pwoblèm pwoblem
  vòlè vole bwè bwe bat manti menase joure manyen fanm gason nèg neg madanm msye mesye pèsonn pesonn kle pèmisyon
  pemisyon vakans ogmantasyon dlo manje kay machin kamyon sal twalèt pòt fenèt mal bon move anpil ti gwo vre konsa
  pale mande rele wè we tande resevwa kite pran mete voye achte peye frape pouse kriye ri dòmi dòmi sòti soti rantre
  antre vini ale rete chita kanpe mache bezwen renmen rayi pè sèvi chache jwenn pèdi bliye sonje ede eksplike
  tankou poutèt akòz akoz apre avan anvan pandan jodi jodia demen yè ye maladi lopital doktè polis sendika lwa
  dwa salè sale kontra lè inè dezè mekanisyen chofè chofe gad sekirite enfimyè kesye kesyè machann pwofesè ouvriye
  anplwaye responsab kontab sekretè elektrisyen plonbye mason netwayaj kizinye`.split(/\s+/),
);

const NAME = String.raw`(\p{L}[\p{L}'’]*(?:-\p{L}+)?)`;
// Tagalog: "si X", "ni X", "kay X", "sina X at Y", "dela cruz" and "delos santos" whole.
const TAGALOG_MARKED = lazyPattern(
  String.raw`(?<![\p{L}])(si|ni|kay|sina|nina|kina)[ \t]+((?:(?:dela|de[ \t]+la|delos|de[ \t]+los|del|de|san|sta\.?|santa)[ \t]+)?${NAME})(?:[ \t]+(at|ni|kay)[ \t]+${NAME})?(?![\p{L}\p{N}'’@])`,
  'giu',
);
// Creole: "se X ki", "mande X", "pale ak X", "di X", "rele X", "avèk X", "ak X ki".
const KREYOL_MARKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(se)[ \t]+${NAME}(?=[ \t]+ki(?![\p{L}]))|(mande|pale[ \t]+(?:ak|avèk|avek|ak)|rele|di|avèk|avek)[ \t]+${NAME})(?![\p{L}\p{N}'’@])`,
  'giu',
);

// What says the text is Tagalog or Creole: words of theirs no other language the service reads writes ("sa", "na",
// "di", "la", "pa", "se", "si" are Italian, Portuguese, Spanish or French words too: "la claim e 250 euro di rimborso").
const TAGALOG_SAYS = new Set(
  `ang ng nang mga ako ko mo niya nya namin natin nila kami tayo sila siya sya yung ung lang naman kasi hindi wala
  walang lagi laging palagi talaga kahapon ngayon nyo niyo daw raw pala sana akin amin ito iyan iyon yan yun dito
  diyan doon tapos kapag opo po`.split(/\s+/),
);
const KREYOL_SAYS = new Set(
  `mwen nou yo ki nan ap pou konn konnen gen fè bay kòb travay lajan bagay moun toujou kounye jodi anpil vle kapab
  dwe paske sèlman avèk kote depo ekip menm pèsonn manadjè sipèvizè patwon kle vòlè bwè manyen joure bezwen`.split(
    /\s+/,
  ),
);

/** How surely `text` is in the language: two for each of its own words, one for each everyday word it shares. */
function scoreIn(text: string, own: ReadonlySet<string>, shared: ReadonlySet<string>): number {
  const seen = new Set<string>();
  let score = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (seen.has(w)) continue;
    seen.add(w);
    score += own.has(w) ? 2 : shared.has(w) ? 1 : 0;
  }
  return score;
}

/** A word no language the service reads has: a name, whatever its case. */
function nameHere(word: string, words: ReadonlySet<string>, notNames: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || !/^\p{Script=Latin}/u.test(lower)) return false;
  if (words.has(lower) || notNames.has(lower)) return false;
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  if (isEnglishWord(lower) || commonWordLanguages(lower))
    return (isGivenName(lower) || isCommonSurname(lower)) && /^\p{Lu}/u.test(word) && !isEnglishWord(lower);
  // With its capital, a word no language has is a name even where some list of names or places holds it ("se Wideline").
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  return unknownWord(lower.replace(/['’-]/g, '')) || isGivenName(lower) || isCommonSurname(lower);
}

function hideAt(text: string, at: number, length: number): string {
  return text.slice(0, at) + mask('NAME', length) + text.slice(at + length);
}

// "sina [NAME] at Joross": the second of two names after "sina", once the first is hidden.
const SECOND_AFTER_HIDDEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:sina|nina|kina)[ \t]+\uE000+[ \t]+at[ \t]+${NAME}(?![\p{L}\p{N}'’@])`,
  'giu',
);

function maskTagalog(text: string): string {
  if (scoreIn(text, TAGALOG_SAYS, TAGALOG_WORDS) < 3) return text;
  const out = text.replace(SECOND_AFTER_HIDDEN.get(), (whole: string, name: string) =>
    nameHere(name, TAGALOG_WORDS, TAGALOG_NOT_NAMES) ? hideAt(whole, whole.length - name.length, name.length) : whole,
  );
  return out.replace(
    TAGALOG_MARKED.get(),
    (
      whole: string,
      marker: string,
      full: string,
      name: string,
      joiner: string | undefined,
      second: string | undefined,
      at: number,
    ) => {
      // "kay init ng bodega": how hot the warehouse is.
      if (marker.toLowerCase() === 'kay' && /^[ \t]+(?:ng|nang)(?![\p{L}])/iu.test(text.slice(at + whole.length)))
        return whole;
      // After "dela", "delos", "san" the word is a surname even where it is a word too ("si delos reyes").
      const particled = full !== name && /^\p{Script=Latin}{3,}$/u.test(name) && !TAGALOG_WORDS.has(name.toLowerCase());
      if (!particled && !nameHere(name, TAGALOG_WORDS, TAGALOG_NOT_NAMES)) return whole;
      let out = hideAt(whole, marker.length + whole.slice(marker.length).indexOf(full), full.length);
      if (joiner && second && nameHere(second, TAGALOG_WORDS, TAGALOG_NOT_NAMES))
        out = hideAt(out, whole.length - second.length, second.length);
      return out;
    },
  );
}

function maskKreyol(text: string): string {
  if (scoreIn(text, KREYOL_SAYS, KREYOL_WORDS) < 3) return text;
  return text.replace(
    KREYOL_MARKED.get(),
    (
      whole: string,
      se: string | undefined,
      seName: string | undefined,
      _cue: string | undefined,
      cueName: string | undefined,
    ) => {
      const name = se ? seName! : cueName!;
      if (!nameHere(name, KREYOL_WORDS, TAGALOG_NOT_NAMES)) return whole;
      // After "mande", "di", "rele" the name is written small only where no list knows the word at all.
      if (!se && name === name.toLowerCase() && !unknownWord(name)) return whole;
      return hideAt(whole, whole.length - name.length, name.length);
    },
  );
}

const GATE = lazyPattern(
  String.raw`(?<![\p{L}])(?:si|ni|kay|sina|nina|kina|se|mande|pale[ \t]+(?:ak|avèk|avek)|rele|di|avèk|avek)[ \t]+[\p{L}\uE000]{3}`,
  'iu',
);

/** Hides a name after a Tagalog or Creole person's mark, in a text of that language (see above). */
export const maskNamesAfterPersonMarkers: Rule = (text) =>
  GATE.get().test(text) ? maskKreyol(maskTagalog(text)) : text;
