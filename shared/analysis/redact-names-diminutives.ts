import { isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';

/*
 * Blind round 17: Portuguese, Spanish and Italian call colleagues by a diminutive of their first name ("robertinho",
 * "paulinha", "juanito", "lupita", "robertino"), which no list holds. The ending taken off gives back the name the
 * lists know ("roberto", "paula", "juan"); a diminutive of a thing gives back a thing ("carrinho" → "carro",
 * "cafezinho" → "café"), no name.
 */

// The endings, longest first, and what the name ended in before them ("-inho" of "Roberto", "-zinho" of "Zé").
const ENDINGS = [
  'zinhos',
  'zinhas',
  'zinho',
  'zinha',
  'inhos',
  'inhas',
  'inho',
  'inha',
  'citos',
  'citas',
  'cito',
  'cita',
  'itos',
  'itas',
  'ito',
  'ita',
  'illo',
  'illa',
  'iño',
  'iña',
  'ino',
  'ina',
  'etto',
  'etta',
  'uccio',
  'uccia',
];
const ENDS_AGAIN = ['', 'o', 'a', 'e', 'os', 'as', 'es'];

/** Whether `lower` is a diminutive of a first name the lists know ("robertinho", "juanito", "paulinha"). */
export function isDiminutiveOfGivenName(lower: string): boolean {
  // A place or a name in its own right is not read as a pet form ("Carolina", "Argentina", "Martina").
  if (lower.length < 5 || isProperNoun(lower) || isGivenName(lower)) return false;
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    if (stem.length < 2) return false;
    // The spelling the ending changed back: "Chiquinho" of "Chico", "Dieguito" of "Diego".
    const stems = [stem, stem.replace(/qu$/u, 'c'), stem.replace(/gu$/u, 'g')];
    return stems.some((s) => ENDS_AGAIN.some((end) => s.length + end.length >= 3 && isGivenName(s + end)));
  }
  return false;
}
