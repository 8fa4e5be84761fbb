import { STOPWORDS } from '../language';

/*
 * A danger named in another language inside an English sentence, as people write who think of it in their own:
 * "there is humo coming out of the panel", "my coworker is nawawala since lunch", "someone has a cuchillo in the
 * lobby", "the aag is spreading in the godown". One foreign word is too little for the language runs or the foreign
 * stretches (foreign-stretches.ts) to read, and the English rules do not know it. `inEnglishWords` gives the folded
 * text with such words put into English, for the English rules to read as well (never instead): only in a text with
 * English function words around them, and only words no English sentence uses for anything else.
 */
const ENGLISH_FOR: Record<string, string> = {
  // Fire (Spanish, Italian, Portuguese, Tagalog, Hindi, French, Polish, Russian and Turkish in Latin letters).
  fuego: 'fire',
  incendio: 'fire',
  incendie: 'fire',
  fogo: 'fire',
  sunog: 'fire',
  aag: 'fire',
  pozar: 'fire',
  pozhar: 'fire',
  yangin: 'fire',
  // Smoke.
  humo: 'smoke',
  usok: 'smoke',
  dhuan: 'smoke',
  dhuaan: 'smoke',
  fumee: 'smoke',
  fumaca: 'smoke',
  rauch: 'smoke',
  // A knife.
  cuchillo: 'knife',
  navaja: 'knife',
  kutsilyo: 'knife',
  chaku: 'knife',
  chaaku: 'knife',
  chakku: 'knife',
  couteau: 'knife',
  coltello: 'knife',
  faca: 'knife',
  messer: 'knife',
  bicak: 'knife',
  // A gun.
  pistola: 'gun',
  baril: 'gun',
  bandook: 'gun',
  banduk: 'gun',
  bandooq: 'gun',
  // Someone missing.
  nawawala: 'missing',
  desaparecido: 'missing',
  desaparecida: 'missing',
  lapata: 'missing',
  gayab: 'missing',
  zaginal: 'missing',
  zaginela: 'missing',
  disparu: 'missing',
  disparue: 'missing',
  verschwunden: 'missing',
};

const FOREIGN_WORD = new RegExp(String.raw`\b(?:${Object.keys(ENGLISH_FOR).join('|')})\b`, 'g');
const ENGLISH = STOPWORDS.en!;
// English around the word: at least this many English function words in the text.
const FEWEST_ENGLISH_WORDS = 2;

/** The folded text with foreign danger words put into English, or undefined when it has none among English words. */
export function inEnglishWords(folded: string): string | undefined {
  FOREIGN_WORD.lastIndex = 0;
  if (!FOREIGN_WORD.test(folded)) return undefined;
  let english = 0;
  for (const word of folded.split(/[^a-z']+/)) if (ENGLISH.has(word) && ++english >= FEWEST_ENGLISH_WORDS) break;
  if (english < FEWEST_ENGLISH_WORDS) return undefined;
  FOREIGN_WORD.lastIndex = 0;
  return folded.replace(FOREIGN_WORD, (word) => ENGLISH_FOR[word]!);
}
