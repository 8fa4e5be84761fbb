/**
 * Other spellings of a sponsor's name that still mean them: letters from
 * other scripts that look Latin ("Mаrsh" with a Cyrillic а), pet forms
 * ("Marshy", "Samito"), a short given name for its full forms and back
 * ("Samuel" for Sam), and a slip in a surname after a title ("Mr Okafr").
 * Used by `conflicts.ts` on text already folded by `foldForNames`.
 */

/**
 * Letters of Cyrillic, Greek and Armenian that look like Latin ones, folded
 * (lower case, accents gone). Fullwidth and mathematical letters are made
 * plain by NFKC before this.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  ζ: 'z',
  ω: 'w',
  օ: 'o',
  ս: 'u',
  ց: 'g',
  հ: 'h',
  ո: 'n',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
};
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

/** Look-alike letters read as the Latin letters they imitate. */
export const foldConfusables = (folded: string) => folded.replace(CONFUSABLE, (ch) => CONFUSABLES[ch]!);

/** Endings that make a pet form of a name, in the languages employees write in. */
const DIMINUTIVES = [
  'y',
  'ie',
  'ey',
  'i',
  'o',
  'a',
  's',
  'sy',
  'sie',
  'ito',
  'ita',
  'cito',
  'cita',
  'illo',
  'illa',
  'in',
  'inho',
  'inha',
  'ino',
  'ina',
  'etto',
  'etta',
  'ou',
  'ounet',
  'ette',
  'et',
  'ot',
  'chen',
  'i',
  'ek',
  'ka',
  'ko',
  'ster',
  'kins',
  'meister',
];

/** Whether `word` is `name` with a pet-name ending ("marshy", "sammy", "samito"). */
export function isPetForm(word: string, name: string): boolean {
  if (name.length < 3 || !word.startsWith(name) || word === name) return false;
  let rest = word.slice(name.length);
  // "sam" + "my": the last letter doubled before the ending.
  if (rest.startsWith(name.at(-1)!) && rest.length > 1) rest = rest.slice(1);
  return DIMINUTIVES.includes(rest);
}

/**
 * Common given names with their short forms, each group one person's name
 * in its usual shapes; a sponsor configured under any of them is named by the
 * others.
 */
const GIVEN_NAME_GROUPS: string[][] = [
  ['sam', 'samuel', 'samantha', 'sammy', 'samson', 'samira'],
  [
    'alex',
    'alexander',
    'alexandra',
    'alexandre',
    'alejandro',
    'alejandra',
    'alessandro',
    'alessandra',
    'alexis',
    'sasha',
    'xander',
    'sandy',
  ],
  ['lee', 'leon', 'leonard', 'leona', 'leigh'],
  ['dana', 'daniela', 'danielle', 'dan', 'daniel', 'danny'],
  ['bob', 'rob', 'robert', 'bobby', 'robbie', 'roberto', 'roberta', 'bert'],
  ['bill', 'will', 'william', 'billy', 'willy', 'liam', 'guillermo', 'guillaume'],
  ['jim', 'jimmy', 'james', 'jamie', 'jaime', 'diego'],
  ['mike', 'mick', 'michael', 'michelle', 'miguel', 'michel', 'mikey', 'micha'],
  ['tom', 'thomas', 'tommy', 'tomas', 'tomasz'],
  ['chris', 'christopher', 'christine', 'christina', 'cristina', 'cristobal', 'kris', 'kristen'],
  ['kate', 'katie', 'katherine', 'catherine', 'kathryn', 'cathy', 'kathy', 'catalina', 'kasia', 'katarzyna'],
  ['liz', 'beth', 'betty', 'elizabeth', 'eliza', 'lizzie', 'isabel', 'elisabeth', 'elisa'],
  ['jen', 'jenny', 'jennifer'],
  ['nick', 'nicholas', 'nicolas', 'nicola', 'nicole', 'nico', 'nikki'],
  ['tony', 'anthony', 'antonio', 'antonia', 'toni', 'antoine'],
  ['joe', 'joseph', 'joey', 'jose', 'josefa', 'pepe', 'giuseppe', 'jo', 'josephine', 'josie'],
  ['dave', 'david', 'davy', 'davide'],
  ['steve', 'steven', 'stephen', 'stephanie', 'stefan', 'esteban', 'stephane'],
  ['pat', 'patrick', 'patricia', 'patty', 'patricio', 'paddy'],
  ['matt', 'matthew', 'mateo', 'matteo', 'mathieu', 'matthias', 'mateusz'],
  ['andy', 'andrew', 'andrea', 'andres', 'andre', 'andreas', 'drew', 'andrzej'],
  ['ben', 'benjamin', 'benny', 'benedict', 'benito'],
  ['ed', 'eddie', 'edward', 'edwin', 'edmund', 'eduardo', 'ted', 'teddy'],
  ['fran', 'frank', 'francis', 'francisco', 'frances', 'francesca', 'franco', 'paco', 'francois', 'francoise'],
  ['greg', 'gregory', 'gregorio', 'grzegorz'],
  ['jon', 'john', 'jonathan', 'johnny', 'jack', 'juan', 'jean', 'johann', 'johannes', 'hans', 'giovanni', 'jan'],
  ['jess', 'jessica', 'jessie'],
  ['max', 'maxime', 'maximilian', 'maximo', 'massimo'],
  ['meg', 'maggie', 'margaret', 'margarita', 'marguerite', 'peggy', 'greta', 'margot'],
  ['pete', 'peter', 'pedro', 'pierre', 'pietro', 'piotr'],
  ['rick', 'richard', 'ricardo', 'rich', 'ricky', 'dick', 'riccardo'],
  ['ron', 'ronald', 'ronnie'],
  ['sue', 'susan', 'suzanne', 'susana', 'suzy'],
  ['val', 'valerie', 'valentina', 'valentin'],
  ['vic', 'victor', 'victoria', 'vicky', 'vicente'],
  ['nat', 'nathan', 'nathaniel', 'natalie', 'natalia', 'natasha'],
  ['gabe', 'gabriel', 'gabriela', 'gabrielle', 'gaby'],
  ['manny', 'manuel', 'manuela', 'manolo'],
  ['lupe', 'guadalupe'],
  ['chuy', 'jesus'],
  ['rafa', 'rafael', 'rafaela'],
  ['fer', 'fernando', 'fernanda', 'nando'],
  ['charlie', 'charles', 'carlos', 'carla', 'carl', 'chuck', 'charlotte', 'carlo', 'karol', 'karl'],
  ['al', 'albert', 'alberto', 'alan', 'alfred', 'alfredo'],
];
const GROUPS_OF = new Map<string, string[]>();
for (const group of GIVEN_NAME_GROUPS)
  for (const name of group) GROUPS_OF.set(name, [...new Set([...(GROUPS_OF.get(name) ?? []), ...group])]);

/** Forms that are everyday words too ("bill", "will", "frank"): never read as a name by themselves. */
const EVERYDAY = new Set([
  'al',
  'ed',
  'jo',
  'jan',
  'dan',
  'bill',
  'will',
  'rich',
  'frank',
  'jack',
  'max',
  'pat',
  'nat',
  'val',
  'dick',
  'chuck',
  'mick',
  'fer',
  'bert',
  'kris',
  'sue',
  'rob',
  'ron',
  'meg',
  'hans',
  'carl',
  'vic',
  'gaby',
  'drew',
  'ted',
  'liam',
  'beth',
]);

/** The other usual forms of a given name ("sam": samuel, samantha, sammy…), the name itself and everyday words excluded. */
export const givenNameForms = (given: string): string[] =>
  (GROUPS_OF.get(given) ?? []).filter((n) => n !== given && !EVERYDAY.has(n));

/** Titles that come before a surname, folded: "Mr Okafr", "Sra. Marsh", "M. Romero". */
export const TITLE =
  '(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|sr|sra|srta|senor|senora|don|dona|m|mme|mlle|monsieur|madame|herr|frau|sig|sigra|signor|signora|pan|pani|sen|senhor|senhora)';
