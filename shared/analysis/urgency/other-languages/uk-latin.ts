import { foldPattern } from '../normalise';
import type { OtherLanguage } from './table';

/*
 * Ukrainian typed in Latin letters, as people text on a phone without a Cyrillic keyboard ("na skladi pozhezha, dym
 * vsiudy, ludy vseredyni", "ne hochu zhyty", "maister pryistaie do mene"): read by nothing before uk38. Rather than a
 * second, smaller table, the Ukrainian table itself (uk.ts, with its gravest, signs and haste phrases) reads it: the
 * text and the table's phrases are both brought to one skeleton of Cyrillic letters, in which the letters texters
 * spell several ways are one:
 * - г, ґ and х are one ("hochu", "khochu", "xochu"; "horyt", "gorit");
 * - и, і, й, ї and ы are one ("zhyty", "zhiti"; "vin", "vyn"; "moi", "moyi");
 * - я, ю, є and ё are а, у, е and о after a soft sign that texters drop or keep ("ludy", "liudy", "lyudy"; "pryistaie",
 *   "prystae"): the и before a vowel is dropped on both sides;
 * - щ is ш ("shcho", "scho", "sho"), ь and the apostrophe are dropped ("vbyu", "vb'iu").
 * So the checker's other spellings, Russian-flavoured ones and surzhyk among them, are read by every Ukrainian phrase,
 * and a phrase added to the Ukrainian table later reads its Latin spelling too. Measured against a small Latin table
 * on look-alikes (docs/performance-log.md, "uk38"): the table read none of the held-back ones a table would not list.
 *
 * It reads a text only when its Ukrainian words outnumber the function words of the eleven languages the full rules
 * read (Polish "dym" is smoke too, and "na" a Polish, Tagalog and Spanish word), so Polish, Tagalog, Czech and English
 * slang are left to their own rules: the eval sets' Latin rows are read exactly as before (the log).
 */

// Latin spellings, longest first, to the skeleton's letters.
const LATIN: [RegExp, string][] = [
  [/shch|sch/g, 'ш'],
  [/zh/g, 'ж'],
  [/kh/g, 'г'],
  [/ch/g, 'ч'],
  [/sh/g, 'ш'],
  [/ts|tz/g, 'ц'],
];
const LATIN_LETTER: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'г',
  i: 'и',
  j: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'г',
  y: 'и',
  z: 'з',
  "'": '',
};
// Cyrillic letters to the skeleton's: one letter each, as a character class needs.
const CYRILLIC_LETTER: Record<string, string> = {
  ґ: 'г',
  х: 'г',
  і: 'и',
  й: 'и',
  ї: 'и',
  ы: 'и',
  є: 'е',
  э: 'е',
  щ: 'ш',
  ь: '',
  ъ: '',
  "'": '',
};
// In a word, the soft vowels keep their и, dropped below before a vowel as on the text's side.
const CYRILLIC_IN_WORD: Record<string, string> = { ...CYRILLIC_LETTER, я: 'иа', ю: 'иу', є: 'ие', ё: 'ио' };
const CYRILLIC_IN_CLASS: Record<string, string> = { ...CYRILLIC_LETTER, я: 'а', ю: 'у', ё: 'о' };

// The last step on both sides: one и for many, none before a vowel.
// "-ться" is texted "tsia", "tsya" or "tsa": т and с together are ц.
const skeletonOf = (letters: string): string =>
  letters
    .replace(/тс/g, 'ц')
    .replace(/и+/g, 'и')
    .replace(/и(?=[аеоу])/g, '');

/**
 * A folded Latin-letter text as the skeleton of the Cyrillic it spells.
 *
 * @example
 * ukrainianSkeletonOfLatin('ne hochu zhyty') // 'не гочу жити'
 */
export function ukrainianSkeletonOfLatin(folded: string): string {
  let text = folded;
  for (const [spelling, letter] of LATIN) text = text.replace(spelling, letter);
  return text.replace(/[\p{L}']+/gu, (word) =>
    skeletonOf([...word].map((character) => LATIN_LETTER[character] ?? character).join('')),
  );
}

const CYRILLIC_RUN = /[\u0400-\u04ff']+/y;
/**
 * A phrase of the Ukrainian table (a regular-expression source) as it reads the skeleton: its words brought to the
 * skeleton, letter by letter inside a character class; escapes (`\p{L}`, `\S`) as written.
 */
export function ukrainianSkeletonOfPattern(source: string): string {
  // A letter that may be left out ("п'?ян") is left out: the skeleton drops it anyway.
  const folded = foldPattern(source).replace(/['ьъ]\?/g, '');
  let out = '';
  for (let at = 0; at < folded.length; ) {
    const character = folded[at]!;
    if (character === '\\') {
      const brace = /^\\[pPu]\{[^}]*\}/.exec(folded.slice(at));
      const escaped = brace ? brace[0] : folded.slice(at, at + 2);
      out += escaped;
      at += escaped.length;
    } else if (character === '[') {
      let end = at + 1;
      if (folded[end] === '^') end += 1;
      if (folded[end] === ']') end += 1;
      while (end < folded.length && folded[end] !== ']') end += folded[end] === '\\' ? 2 : 1;
      const inside = folded
        .slice(at + 1, end)
        .replace(/\\.|./gsu, (c) => (c.length > 1 ? c : (CYRILLIC_IN_CLASS[c] ?? c)));
      out += `[${inside || "'"}]`;
      at = end + 1;
    } else {
      CYRILLIC_RUN.lastIndex = at;
      const run = CYRILLIC_RUN.exec(folded);
      if (run) {
        out += skeletonOf([...run[0]].map((c) => CYRILLIC_IN_WORD[c] ?? c).join(''));
        at += run[0].length;
      } else {
        out += character;
        at += 1;
      }
    }
  }
  return out;
}

// Words that show a text is Ukrainian in Latin letters (folded; none English, Polish, Tagalog or Spanish): pronouns,
// conjunctions and the words of its reports, each in the spellings texters use.
const WORDS = `mene meni mnoiu mnoyu vin vona vony voni tse shcho scho shchos yakshcho yakscho iakshcho yaksho iaksho koly
  vzhe duzhe buv bula khochu hochu khoche hoche khochesh hochesh nemaie nemae nemaye pislia pislya zminy
  zminu zmini zmina robotu roboti nachalnyk nachalnik maister bryhadyr bryhadir brigadir pozhezha
  pozhezhu pozhezhi horyt horit vseredyni vsiudy vsyudy skriz ludy liudy lyudy ljudy dopomozhit riatuite
  ryatuyte ratuite riatuyte zhyty zhyt zhiti vmerty pomerty pokinchyty pokinchiti soboiu soboyu soboju ruky vbyty ubyty
  vbie vbye vbiu vbyu vbiut vbyut pobyly pobyut pobiut pohrozhuie pohrozhuye pohrozhuvav lapaie lapaye pryistaie
  pristaie prystaie prystaye chipliaietsia chipliayetsya torkaietsia skladi tsekhu tsehu cehu dykhaie dykhaye
  dyshe svidomosti shvydku shvidku zvilnyly zvilnyv zvilnyla vahitna vagitna zhinka zhinky ukrainka ukrainets ukraintsi
  chomu tilky lyshe zariezhe zarizhe mashynu mashyna kolezi kolehu dumaiu dumayu vyrishyv vyrishyla
  tabletky tabletok pihulky pihulok samohubstvo kozhen kozhnu kozhnoho pidvyshchennia pidvyshchyly divchat divchyna
  hrudei sohodni siohodni vvecheri vnochi zavtra zhyttia bilshe bilsh nabrydlo poskarzhusia poskarzhusya spalyt spalyty
  pidpalyt pidpalyty sokyru nizhem khto hto khtos htos nikhto nikoho vsikh usikh usi yoho ioho yiyi yikh iikh nym neiu
  neyu kazhe kazav skazav skazala kazala pratsiuiu pratsiuiemo pratsiuvaty hroshi zarplatu zarplata kerivnyk menedzher
  dyrektor okhoronets vodii kolehy kolezhanka divchata khlopci hlopci khloptsi vnochi zranku
  zastrelyt zarizhu porubaie porubaiu perelamaie pidsterezhe shturhnuv shtovkhnuv matiukaie matiukaiet obvalylysia
  obvalylas obvalylos stelazhi stelazh rukhaietsia rukhaietsya kysen kysnem vytikaie spysuie spysuye spysuiut
  zavskladu tovar normalnyi vidkaty vidkat khabari postachalnyka postachalnykiv sokyroiu obvalylys obvalylasia
  obvalylosia budovi robitnyk robitnyky
  vpav vpala upav upala lezhyt lezhit lezhyt' lezhav lezhala rukhaietsia rukhayetsya ruhaietsia ruhayetsya vidpovidaie
  vidpovidaye vidpovidae reahuie reahuye dykhae dyhaie dyhaye dyhae dykhaie krychyt krichit stohne znepryiomniv`;
// plain40: "kh" is often typed "h" ("ne dyhaye", "ruhayetsya"): each word with "kh" counts in both spellings, but for
// "khabari" ("habari" is Swahili).
const WORD_LIST = WORDS.split(/\s+/).flatMap((word) =>
  word.includes('kh') && word !== 'khabari' ? [word, word.replace(/kh/g, 'h')] : [word],
);

/** The Ukrainian table read on a Latin-letter text, through the skeleton (above). */
export function ukrainianInLatinLetters(ukrainian: OtherLanguage): OtherLanguage {
  const each = (sources: string[] | undefined): string[] | undefined => sources?.map(ukrainianSkeletonOfPattern);
  const byKind = <K extends string>(table: Partial<Record<K, string[]>> | undefined) =>
    table &&
    (Object.fromEntries(Object.entries(table).map(([kind, sources]) => [kind, each(sources as string[])])) as Partial<
      Record<K, string[]>
    >);
  const one = (source: string | undefined): string | undefined => source && ukrainianSkeletonOfPattern(source);
  return {
    code: 'uk-Latn',
    name: 'Ukrainian in Latin letters',
    words: [...new Set(WORD_LIST)].join(' '),
    ownFunctionWords: 'na v u z iz do i y ta a ne ni ya vid za pro po pid nad yak ale abo',
    readThrough: ukrainianSkeletonOfLatin,
    bounds: 'word',
    negation: one(ukrainian.negation),
    story: one(ukrainian.story),
    fixed: one(ukrainian.fixed),
    still: one(ukrainian.still),
    calm: each(ukrainian.calm),
    cries: one(ukrainian.cries),
    urgent: byKind(ukrainian.urgent)!,
    described: byKind(ukrainian.described),
  };
}
