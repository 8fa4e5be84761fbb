import { MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';

/**
 * Texts of the intake's longest that make a badly shaped pattern slow: one long word, a word with an emoji or a
 * stop after it, one letter repeated, key words repeated with no end, runs of spaces or of full stops, and long
 * runs of each script the rules read. A pattern that starts with a lookbehind, or holds an unbounded span before
 * its key word, is tried at every position of such a text and costs the square of its length (a generated
 * 1,100-letter word once took 857 s in analysis-totality.test.ts). Read by bench/slow-patterns.ts, which times
 * each pattern on them, and by test/unit/analysis/analysis-hang-guard.test.ts, which bounds the whole path.
 *
 * Each text is at most MAX_TEXT_CHARACTERS characters (the intake refuses longer), and deterministic: no randomness
 * but a fixed-seed generator.
 */
export interface AdversarialText {
  name: string;
  text: string;
}

/** A fixed-seed generator (the same letters on every run). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

/** `piece` repeated until the text is `n` characters (code points) long. */
export function repeatedTo(piece: string, n = MAX_TEXT_CHARACTERS): string {
  const points = [...piece];
  return Array.from({ length: n }, (_, i) => points[i % points.length]).join('');
}

/** `n` characters drawn from `alphabet`, the same ones on every run. */
export function lettersFrom(alphabet: string, n = MAX_TEXT_CHARACTERS, seed = 42): string {
  const random = seeded(seed);
  const points = [...alphabet];
  return Array.from({ length: n }, () => points[Math.floor(random() * points.length)]).join('');
}

/** Words of `alphabet` of 2 to 9 letters, with a space between them. */
function wordsFrom(alphabet: string, n = MAX_TEXT_CHARACTERS, seed = 7): string {
  const random = seeded(seed);
  const points = [...alphabet];
  let out = '';
  let length = 0;
  while (length < n) {
    const size = 2 + Math.floor(random() * 8);
    const word = Array.from({ length: size }, () => points[Math.floor(random() * points.length)]).join('');
    out += length === 0 ? word : ` ${word}`;
    length = [...out].length;
  }
  return [...out].slice(0, n).join('');
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const SCRIPTS: Record<string, string> = {
  latin: LOWER,
  'latin accented': 'áéíóúàèìòùâêîôûäëïöüçñãõåæøœßğışł',
  cyrillic: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ',
  greek: 'αβγδεζηθικλμνξοπρστυφχψω',
  arabic: 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  hebrew: 'אבגדהוזחטיכלמנסעפצקרשת',
  devanagari: 'अआइईउऊएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह्ािीुूेैोौं',
  thai: 'กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาิีึืุูเแโใไ่้๊๋',
  han: '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明',
  kana: 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテト',
  hangul: '가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후',
  armenian: 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ',
  georgian: 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ',
  tamil: 'அஆஇஈஉஊஎஏஐஒஓஔகஙசஞடணதநபமயரலவழளறன',
  bengali: 'অআইঈউঊএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ',
  ethiopic: 'ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ',
  khmer: 'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ',
};

/**
 * Key words that rules look for (urgency's and redaction's cues), each said again and again with no end: a rule
 * that looks back or ahead along its sentence from each one, unbounded, costs the square of the run.
 */
const KEY_WORDS = [
  'fire ',
  'exit blocked ',
  'kill ',
  'my manager ',
  'he touched me ',
  'extinguisher ',
  'the ',
  'I ',
  'not ',
  'Mr ',
  'John ',
  'Smith ',
  'John Smith ',
  'called ',
  'my name is ',
  'Street ',
  '12 ',
  '1 ',
  '0',
  '1-',
  '(555) ',
  '+1 ',
  'ext ',
  '@a ',
  'a@b.c ',
  'http://a ',
  'www.',
  '#a ',
  'A. ',
  'A.',
  'a-',
  "O'",
  'Mc',
  'de la ',
  'van der ',
  'bin ',
  'al-',
  'only ',
  'the only ',
  'only woman ',
  'pozar ',
  'fuego ',
  'salida ',
  'пожар ',
  'убью ',
  'ich ',
  'je ',
  'ang ',
  'ako ',
  'ka ',
  'he said ',
  '"',
  "'",
  '(',
  '[NAME] ',
  'ha',
  'xx',
  'ok ',
  'no ',
  'lol ',
  '!',
  '?',
  '..',
  ', ',
  '; ',
  ':)',
  '😀',
  '🔥',
  '👍🏽 ',
  '\u200d',
  'Ａ',
  'x\u0301',
];

export function adversarialTexts(n = MAX_TEXT_CHARACTERS): AdversarialText[] {
  const texts: AdversarialText[] = [];
  const add = (name: string, text: string) => texts.push({ name, text });
  // One long word, alone and with something after it.
  for (const [script, alphabet] of Object.entries(SCRIPTS)) {
    add(`one ${script} word`, lettersFrom(alphabet, n));
    add(`${script} words`, wordsFrom(alphabet, n));
  }
  const word = lettersFrom(LOWER, n - 2);
  for (const [label, end] of [
    ['an emoji', '😀'],
    ['a stop', '.'],
    ['a bang', '!'],
    ['a digit', '1'],
    ['a space and a capital', ' A'],
    ['an at sign', '@'],
  ] as const)
    add(`one long word, then ${label}`, [...(word + end)].slice(0, n).join(''));
  add('one long capitalised word', `A${lettersFrom(LOWER, n - 1)}`);
  add('one long word of capitals', lettersFrom(LOWER.toUpperCase(), n));
  add('one long word of letters and digits', lettersFrom(`${LOWER}0123456789`, n));
  add('one long word, a space before it', ` ${lettersFrom(LOWER, n - 1)}`);
  // One letter, digit or mark repeated.
  for (const c of [
    'a',
    'A',
    'é',
    'x',
    'I',
    '1',
    '0',
    '9',
    '.',
    ' ',
    '-',
    '_',
    '\n',
    '!',
    '@',
    '#',
    '*',
    '/',
    ',',
    "'",
    '安',
    'я',
    'ا',
  ])
    add(`${JSON.stringify(c)} repeated`, repeatedTo(c, n));
  add('a word, long spaces, a word', `fire${' '.repeat(n - 8)}exit`);
  add('a word, long stops, a word', `fire${'.'.repeat(n - 8)}exit`);
  // Key words said again and again, with no end.
  for (const key of KEY_WORDS) add(`${JSON.stringify(key)} again and again`, repeatedTo(key, n));
  // Ordinary words run on without a stop.
  add('ordinary words without a stop', repeatedTo('the new rota is unfair and nobody listens to us ', n));
  add(
    'capitalised words without a stop',
    wordsFrom('abcdefghijklmnop', n).replace(/\b\w/g, (c) => c.toUpperCase()),
  );
  return texts;
}

/** An ordinary report of the same length, to compare with. */
export function ordinaryText(n = MAX_TEXT_CHARACTERS): string {
  return repeatedTo(
    'The new rota came out late again this week. Nobody on the night shift was asked, and two of us have childcare on Tuesdays. ',
    n,
  );
}
